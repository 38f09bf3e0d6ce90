import { keepingSent, type V1Kind } from './kind.ts';

/** A criterion grade: our criterion_grade AI column (a 1-5 grade, its reason kept with the cell). */
export const criterionGradeKind: V1Kind<'criterion_grade'> = {
  role: 'output',
  toColumn: (sent) => ({
    dataType: 'ai',
    config: keepingSent({ kind: 'criterion_grade', criterion: sent.value.criterion }, sent),
  }),
};
