import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { TaskRecord } from '../../dataProvider/types';
import { DeadlineText, MarkDoneButton, TaskOwner, TaskStatusChip } from './TaskStatus';

/** The tasks of a resolution, by deadline, overdue ones on a red ground, each with "mark done" for writers. */
export function TaskTable({ tasks }: { tasks: TaskRecord[] }) {
  const translate = useTranslate();
  if (tasks.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
        {translate('chibo.task.none')}
      </Typography>
    );
  }
  const field = (name: string) => translate(`resources.resolutionTasks.fields.${name}`);
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 32 }}>#</TableCell>
          <TableCell>{field('description')}</TableCell>
          <TableCell>{field('owner')}</TableCell>
          <TableCell>{field('deadline')}</TableCell>
          <TableCell>{field('status')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {/* A page opened from a list first shows the list's record, whose tasks have no deadline yet. */}
        {[...tasks]
          .sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? ''))
          .map((task, index) => (
            <TableRow key={task.id} sx={task.isOverdue ? { bgcolor: '#fdecea' } : undefined}>
              <TableCell>{index + 1}</TableCell>
              <TableCell sx={{ whiteSpace: 'pre-line' }}>{task.description}</TableCell>
              <TableCell>
                <TaskOwner task={task} />
              </TableCell>
              <TableCell>
                <DeadlineText task={task} />
              </TableCell>
              <TableCell>
                <TaskStatusChip task={task} />
              </TableCell>
              <TableCell align="right">
                <MarkDoneButton task={task} />
              </TableCell>
            </TableRow>
          ))}
      </TableBody>
    </Table>
  );
}
