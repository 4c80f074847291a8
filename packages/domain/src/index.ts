export * from './dates';
export * from './members';
export * from './rule-sets';
export * from './structure';
export * from './text';
export * from './violation';
export * from './access';
export * from './meeting-rules';
