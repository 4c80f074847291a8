import { Property } from '@mikro-orm/core';
import { Field } from 'type-graphql';
import { DateScalar } from './scalars';

/** A document's first day in force: a date column and a GraphQL field. */
export function FirstDayInForce(): PropertyDecorator {
  return (target, key) => {
    Field(() => DateScalar, { description: 'First day in force.' })(target, key);
    Property({ type: 'date' })(target, key as string);
  };
}

/** A document's first day no longer in force, open (null) while in force: a date column and a GraphQL field. */
export function FirstDayOutOfForce(): PropertyDecorator {
  return (target, key) => {
    Field(() => DateScalar, { nullable: true, description: 'First day no longer in force (open while in force).' })(target, key);
    Property({ type: 'date', nullable: true })(target, key as string);
  };
}
