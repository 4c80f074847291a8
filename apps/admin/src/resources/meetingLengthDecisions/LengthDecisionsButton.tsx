import TimerIcon from '@mui/icons-material/Timer';
import { Button, LinkBase, useCanAccess } from 'react-admin';

/** From the rule sets to the committees' length decisions, for whoever may list them. */
export function LengthDecisionsButton() {
  const { canAccess } = useCanAccess({ resource: 'meetingLengthDecisions', action: 'list' });
  if (!canAccess) return null;
  return (
    <Button component={LinkBase} label="chibo.length_decision.open" to="/meetingLengthDecisions">
      <TimerIcon />
    </Button>
  );
}
