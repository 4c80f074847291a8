import { Card, CardActionArea, CardContent, Skeleton, Typography } from '@mui/material';
import { LinkBase, useCreatePath, useGetList, useTranslate } from 'react-admin';
import { useFormatNumber } from '../common/numbers';

/** How many records match a filter today: the API's page total, asking for a single row. */
export function useCount(resource: string, filter: Record<string, unknown>, enabled = true) {
  const { total, isPending, error } = useGetList(
    resource,
    { filter, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } },
    { enabled },
  );
  return { total, isPending, error };
}

/** A figure with its label; clicking it opens the list behind the number, filtered the same way. */
export function Stat(props: {
  label: string;
  resource: string;
  filter: Record<string, unknown>;
  value?: number;
  loading?: boolean;
  tone?: 'default' | 'warning';
  /** Where the figure leads, when not to the resource's list (e.g. a page the role may open instead). */
  to?: string;
}) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const formatNumber = useFormatNumber();
  const counted = useCount(props.resource, props.filter, props.value === undefined && props.loading === undefined);
  const value = props.value ?? counted.total;
  const loading = props.loading ?? counted.isPending;
  const to = props.to ?? `${createPath({ resource: props.resource, type: 'list' })}?filter=${encodeURIComponent(JSON.stringify(props.filter))}`;
  return (
    <Card variant="outlined" sx={{ flex: '1 1 170px', minWidth: 170 }}>
      <CardActionArea component={LinkBase} to={to} sx={{ height: '100%' }}>
        <CardContent>
          <Typography variant="h4" component="div" color={props.tone === 'warning' && value ? 'warning.main' : 'primary'} sx={{ fontWeight: 700 }}>
            {loading ? <Skeleton width={80} /> : counted.error && props.value === undefined ? '—' : formatNumber(value ?? 0)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate(props.label)}
          </Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}
