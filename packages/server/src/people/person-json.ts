/** The contract's Person (who reported, wrote or owns something) of a `people` row `alias`. */
export const personJson = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'staff', ${alias}.staff_role IS NOT NULL)`;
