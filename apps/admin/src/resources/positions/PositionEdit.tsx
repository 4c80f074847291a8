import { EditPage } from '../../common/pages';
import { PositionInputs } from './PositionInputs';

/** A term is ended by giving its end day; deleting is for terms entered by mistake. */
export function PositionEdit() {
  return (
    <EditPage redirect="list">
      <PositionInputs mode="edit" />
    </EditPage>
  );
}
