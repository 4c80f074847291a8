import AutoFixHighIcon from '@mui/icons-material/AutoFixHigh';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { Alert, Box, LinearProgress, Stack, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { errorMessage } from '../../common/FormDialog';
import { PanelCard } from '../../common/PanelCard';
import type { ChiBoDataProvider } from '../../dataProvider';
import type { RotationProposalRecord } from '../../dataProvider/supervisionTypes';
import { quarterLabel } from '../../dashboard/quarters';
import { lineErrors, type ProposalLine, proposalLines } from './proposal';
import { ProposalLines } from './ProposalLines';

/**
 * The planner's proposal for the quarter beside the board: each visit with why it was chosen, the members it could
 * not place and why, and what kept it from being complete. The office may drop or change lines; accepting replaces the
 * quarter's rotation visits with the lines left, in one step.
 */
export function ProposalPanel({ organizationId, quarter }: { organizationId: string; quarter: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ChiBoDataProvider>();
  const { canAccess: canAccept } = useCanAccess({ resource: 'supervisorAssignments', action: 'create' });
  const [proposal, setProposal] = useState<{ key: string; record: RotationProposalRecord } | null>(null);
  const [lines, setLines] = useState<ProposalLine[]>([]);
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const key = `${organizationId}|${quarter}`;
  // A proposal is for the committee and quarter it was asked for; choosing others puts it away.
  const current = proposal?.key === key ? proposal.record : null;

  const generate = async () => {
    setBusy(true);
    try {
      const { data } = await dataProvider.getOne<RotationProposalRecord>('rotationProposal', { id: organizationId, meta: { quarter } });
      setProposal({ key, record: data });
      setLines(proposalLines(data.visits));
      setErrors({});
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const accept = async () => {
    setBusy(true);
    try {
      const { data } = await dataProvider.acceptRotation({ organizationId, quarter, lines });
      notify('chibo.supervision.accepted', { type: 'success', messageArgs: { smart_count: data.length } });
      setProposal(null);
      refresh();
    } catch (error) {
      setErrors(lineErrors(error));
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  const label = quarterLabel(quarter, translate);
  return (
    <PanelCard
      title={translate('chibo.supervision.proposal')}
      flex="1 1 420px"
      testId="rotation-proposal"
      help={translate('chibo.supervision.proposal_help', { quarter: label })}
      actions={
        <Button label="chibo.supervision.generate" variant="outlined" onClick={generate} disabled={busy}>
          <AutoFixHighIcon />
        </Button>
      }
    >
      {busy && <LinearProgress sx={{ mb: 1 }} />}
      {current && (
        <>
          {current.explanation && (
            <Alert severity={current.complete ? 'info' : 'warning'} sx={{ mb: 1 }}>
              {current.explanation}
            </Alert>
          )}
          {lines.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate('chibo.supervision.no_lines')}
            </Typography>
          ) : (
            <ProposalLines lines={lines} quarter={quarter} errors={errors} onChange={setLines} />
          )}
          {current.unplaced.length > 0 && (
            <Box sx={{ mt: 2 }}>
              <Typography variant="subtitle2">{translate('chibo.supervision.unplaced')}</Typography>
              {current.unplaced.map((member) => (
              // The code's label in the reader's language; the planner's own sentence on hover.
              <Tooltip key={member.memberId} title={member.reason}>
                <Typography variant="body2" data-testid="proposal-unplaced">
                  <strong>{member.member?.fullName ?? member.memberId}</strong>:{' '}
                  {translate(`chibo.supervision.unplaced_codes.${member.code}`, { _: member.reason })}
                </Typography>
              </Tooltip>
            ))}
            </Box>
          )}
          {canAccept && (
            <Stack direction="row" justifyContent="flex-end" sx={{ mt: 2 }}>
              <Button
                label="chibo.supervision.accept"
                variant="contained"
                onClick={() => setConfirming(true)}
                disabled={busy || lines.length === 0}
              >
                <DoneAllIcon />
              </Button>
            </Stack>
          )}
          <Confirm
            isOpen={confirming}
            loading={busy}
            title="chibo.supervision.accept_title"
            content="chibo.supervision.accept_content"
            titleTranslateOptions={{ quarter: label }}
            contentTranslateOptions={{ quarter: label, smart_count: lines.length }}
            onConfirm={accept}
            onClose={() => setConfirming(false)}
          />
        </>
      )}
    </PanelCard>
  );
}
