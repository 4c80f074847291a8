import { EditPage } from '../../common/pages';
import { WardInputs } from './WardInputs';

export function WardEdit() {
  return (
    <EditPage>
      <WardInputs />
    </EditPage>
  );
}
