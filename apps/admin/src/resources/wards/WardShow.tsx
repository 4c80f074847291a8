import { SimpleShowLayout, TextField } from 'react-admin';
import { DayField } from '../../common/DayField';
import { ShowPage } from '../../common/pages';
import { RefField, RefListField } from '../../common/RefField';

export function WardShow() {
  return (
    <ShowPage>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        <DayField source="foundedOn" />
        <DayField source="dissolvedOn" emptyText="chibo.common.none" />
        <RefListField source="mergedFrom" reference="wards" emptyText="chibo.common.none" />
        <RefListField source="mergedInto" reference="wards" emptyText="chibo.common.none" />
        <RefField source="committee" reference="organizations" emptyText="chibo.common.none" />
      </SimpleShowLayout>
    </ShowPage>
  );
}
