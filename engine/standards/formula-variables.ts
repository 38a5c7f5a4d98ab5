/**
 * The variables a formula indicator may use: the part's students and classes, every resource column under
 * its key, and the county file's extra columns whose header is a name (letters, digits, _). A name that is
 * neither is refused when the formula is evaluated against a county, naming the column.
 */
export const FORMULA_RESOURCE_VARIABLES = [
  'degreeTeachers', 'backboneTeachers', 'peArtTeachers', 'teachingArea', 'sportsArea', 'equipmentValue', 'multimediaRooms',
  'teachers', 'seniorTitleTeachers', 'computers', 'books', 'musicRooms', 'artRooms',
] as const;

export const FORMULA_BUILTIN_VARIABLES: readonly string[] = ['students', 'classes', ...FORMULA_RESOURCE_VARIABLES];

export const EXTRA_COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const FORMULA_VARIABLES_TEXT = `${FORMULA_BUILTIN_VARIABLES.join(', ')}, or an extra county column named with letters, digits and _`;

export function isFormulaVariableName(name: string): boolean {
  return FORMULA_BUILTIN_VARIABLES.includes(name) || EXTRA_COLUMN_NAME.test(name);
}
