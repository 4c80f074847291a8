import { Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A titled panel of a page (a quarter's findings, the planner's proposal): the title with the panel's own controls on
 * its right, a line saying what it shows, then its content. `flex` is its share of a row of panels.
 */
export function PanelCard(props: { title: ReactNode; actions?: ReactNode; help?: ReactNode; flex?: string; testId?: string; children: ReactNode }) {
  return (
    <Card variant="outlined" sx={{ flex: props.flex, minWidth: 0 }} data-testid={props.testId}>
      <CardContent>
        <Stack direction="row" spacing={2} alignItems="center" justifyContent="space-between" useFlexGap flexWrap="wrap">
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
            {props.title}
          </Typography>
          {props.actions}
        </Stack>
        {props.help && (
          <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5, mb: 1 }}>
            {props.help}
          </Typography>
        )}
        {props.children}
      </CardContent>
    </Card>
  );
}
