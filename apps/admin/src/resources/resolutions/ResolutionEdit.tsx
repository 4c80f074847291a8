import { EditPage } from '../../common/pages';
import { ResolutionInputs } from './ResolutionInputs';

/** The text of a resolution; its tasks and reviews are changed on its page, one by one. */
export function ResolutionEdit() {
  return (
    <EditPage>
      <ResolutionInputs mode="edit" />
    </EditPage>
  );
}
