/**
 * County import problems in the interface's language, from their stable `code` and `params` (engine/county/issues.ts):
 * a template per code, or per `code:reason` where one code has several causes. Problems with a code or reason this
 * table does not know are shown with the server's English `message`.
 */
import type { Lang } from '../../i18n/format.ts';

export interface CodedProblem {
  code?: string;
  params?: Record<string, string | number>;
  row?: number;
  column?: string;
  cell?: string;
  value?: string;
  message: string;
}

type Templates = Record<string, { zh: string; en: string }>;

const TEMPLATES: Templates = {
  'empty-file': { zh: '文件是空的', en: 'the file is empty' },
  'too-large:file-size': { zh: '文件大小 {sizeMb} MB，县域数据文件最多读取 {limitMb} MB（300 所学校的县也远小于 1 MB）', en: 'the file is {sizeMb} MB; county files are read up to {limitMb} MB (a county of 300 schools takes well under 1 MB)' },
  'too-large:too-many-cells': { zh: '第 {row} 行超过 {limit} 个单元格（Excel 的列数上限），这不是县域数据表', en: 'row {row} has more than {limit} cells (Excel\'s column limit); this is not a county table' },
  'too-large:too-many-rows': { zh: '超过 {limit} 行；县域数据表每所学校一行', en: 'more than {limit} rows; a county table has one row per school' },
  'too-large:too-many-keys': { zh: '学校记录中有超过 {limit} 个不同的字段，这不是县域数据表', en: 'the schools have more than {limit} different keys; this is not a county table' },
  'too-large:too-many-records': { zh: '文件超过 {limit} 条记录；县域数据每所学校一条', en: 'the file has more than {limit} records; a county has one record per school' },
  'too-large:memory': { zh: '读取该文件所需的内存超过上传允许的上限；县域数据文件每所学校一行', en: 'reading the file needed more memory than an upload may use; a county file has one row per school' },
  'too-large:xlsx-zip64': { zh: '工作簿使用 ZIP64 格式（用于 4 GB 以上的压缩包），县域工作簿远小于此', en: 'the workbook uses ZIP64, meant for archives over 4 GB; a county workbook is far smaller' },
  'too-large:xlsx-too-many-parts': { zh: '工作簿包含 {count} 个部件，最多读取 {limit} 个', en: 'the workbook holds {count} parts; at most {limit} are read' },
  'too-large:xlsx-unpacks-too-large': { zh: '工作簿解压后有 {size}，最多读取 {limit}：这像是压缩炸弹，不是县域工作簿', en: 'the workbook would unpack to {size}; at most {limit} is read — this looks like a zip bomb, not a county workbook' },
  'too-large:xlsx-too-many-rows': { zh: '工作表有 {rows} 行，最多读取 {limit} 行（每所学校一行）：请删除表格下方和右侧的空行、空列', en: 'a sheet holds {rows} rows; at most {limit} are read (a county table has one row per school): delete the empty rows and columns below and beside the table' },
  'too-large:xlsx-part-over-declared': { zh: '工作簿的某个部件解压后超过其声明的大小：文件已损坏，或是压缩炸弹', en: 'a part of the workbook unpacks to more than it declares: the file is damaged or a zip bomb' },
  'unreadable-file:legacy-xls': { zh: '这是 Excel 97–2003 工作簿（.xls），不能读取；请另存为 .xlsx 或 CSV（UTF-8）后再导入', en: 'this is an Excel 97–2003 workbook (.xls), which is not read; save it as .xlsx or CSV (UTF-8) and import that' },
  'unreadable-file:json-syntax': { zh: '不是有效的 JSON：{detail}', en: 'not valid JSON: {detail}' },
  'unreadable-file:json-shape': { zh: 'JSON 应为 {"schools": [...]} 或学校数组', en: 'expected {"schools": [...]} or an array of schools' },
  'unreadable-file:xlsx-not-zip': { zh: '不是可读取的 XLSX 工作簿：文件不是 zip 格式，可能不完整', en: 'not a readable XLSX workbook: not a zip container; the file may be cut short' },
  'unreadable-file:xlsx-damaged': { zh: '不是可读取的 XLSX 工作簿：文件已损坏', en: 'not a readable XLSX workbook: the file is damaged' },
  'unreadable-file:unreadable-as': { zh: '无法按 {format} 格式读取该文件', en: 'the file could not be read as {format}' },
  'unclosed-quote': { zh: '从 {cell} 开始的带引号单元格缺少右引号 "，其后的内容会被读成一个单元格；请补上引号', en: 'a quoted cell starts at {cell} and its closing " is missing, so the rest of the file would be one cell; close the quote' },
  'mixed-encoding': { zh: '文件是 UTF-8 编码，但第 {lines} 行不是有效的 UTF-8，已单独读取（按 GBK，或以 � 代替不完整的字符）。请检查这些行的校名，并将文件重新保存为 UTF-8', en: 'the file is UTF-8 but line(s) {lines} are not valid UTF-8; they were read on their own (as GBK, or with � for a character cut short). Check the names on those rows, and save the file again as UTF-8' },
  'no-data-rows': { zh: '文件只有表头，没有学校数据行', en: 'the file has a header but no school rows' },
  'missing-column': { zh: '缺少必需的列“{header}”（也可写作：{aliases}）', en: 'required column "{header}" is missing (also accepted: {aliases})' },
  'duplicate-column': { zh: '列“{header}”与列“{other}”含义相同（{field}）', en: 'column "{header}" means the same as column "{other}" ({field})' },
  'wrong-sheet:no-such-sheet': { zh: '没有名为“{sheet}”的工作表；工作簿中有：{sheets}', en: 'no sheet named "{sheet}"; the workbook has: {sheets}' },
  'wrong-sheet:no-sheets': { zh: '工作簿中没有工作表', en: 'the workbook has no sheets' },
  'missing-value': { zh: '“{field}”为空', en: '"{field}" is empty' },
  'not-a-number:text': { zh: '不是数字：“{text}”', en: 'not a number: "{text}"' },
  'not-a-number:date': { zh: '不是数字：“{text}”是日期，单元格可能被设成了日期格式，请改为数字格式', en: 'not a number: "{text}" is a date; the cell may be formatted as a date — set it to a number format' },
  'not-a-number:formula': { zh: '不是数字：“{text}”是没有保存计算结果的公式，请在 Excel 或 WPS 中打开后重新保存', en: 'not a number: "{text}" is a formula saved without its value; open the file in Excel or WPS and save it again' },
  'not-a-number:error-value': { zh: '不是数字：“{text}”是表格错误值，请修正公式', en: 'not a number: "{text}" is a spreadsheet error value; fix the formula' },
  'not-whole': { zh: '必须是整数：{text}', en: 'must be a whole number: {text}' },
  'negative': { zh: '不能为负数：{text}', en: 'must not be negative: {text}' },
  'implausible-value': { zh: '{text} 超过 {limit}，一所学校不太可能有这么多；请检查该单元格及其单位', en: '{text} is beyond {limit}, the most one school can plausibly have; check the cell and its unit' },
  'zero-students': { zh: '学校必须有学生（此处为 0）；已停办的学校请不要列入', en: 'a school must have students (found 0); leave closed schools out' },
  'duplicate-id': { zh: '学校编号“{id}”已在第 {firstRow} 行使用', en: 'school id "{id}" already used on row {firstRow}' },
  'duplicate-id:nfkc': { zh: '学校编号“{id}”已在第 {firstRow} 行使用（编号按 NFKC 比较：全角和半角写法视为同一编号）', en: 'school id "{id}" already used on row {firstRow} (ids are compared after NFKC: full-width and half-width forms are the same id)' },
  'bad-id:hidden-characters': { zh: '编号含有不可见字符或控制字符（{characters}），请去掉后重新输入', en: 'the id holds invisible or control characters ({characters}); type it again without them' },
  'bad-name:empty': { zh: '学校名称为空', en: 'the school name is empty' },
  'bad-name:too-long': { zh: '学校名称有 {length} 个字符，最多 {limit} 个', en: 'the school name has {length} characters; at most {limit} are allowed' },
  'bad-level': { zh: '“{text}”不是有效的{field}；可用：{allowed}', en: '"{text}" is not a valid {field}; use one of: {allowed}' },
  'bad-kind': { zh: '“{text}”不是有效的{field}；可用：{allowed}', en: '"{text}" is not a valid {field}; use one of: {allowed}' },
  'bad-location': { zh: '“{text}”不是有效的{field}；可用：{allowed}', en: '"{text}" is not a valid {field}; use one of: {allowed}' },
  'junior-exceeds-students': { zh: '初中在校生数 {parts} 超过全校在校生数 {students}', en: 'junior_students {parts} exceeds students {students}' },
  'junior-exceeds-students:with-senior': { zh: '初中与高中在校生数之和 {parts} 超过全校在校生数 {students}', en: 'junior_students + senior_students = {parts} exceeds students {students}' },
  'junior-part-exceeds-total': { zh: '初中部分 {part} 超过全校合计 {total}', en: 'junior part {part} exceeds the school total {total}' },
  'missing-junior-students': { zh: '{level}需要填写 {field}（初中在校生数）', en: 'a {level} needs {field} (初中在校生数)' },
  'missing-senior-students': { zh: '{level}需要填写 {field}（高中在校生数）', en: 'a {level} needs {field} (高中在校生数)' },
  'split-by-students': { zh: '{id} {name}：{level}没有初中教师列（如 junior_degree_teachers、初中高于规定学历教师数），教师按学生数分到各学段，各学段的教师指标因此相同', en: '{id} {name}: a {level} without junior teacher columns (junior_degree_teachers, 初中高于规定学历教师数, …); its teachers are split between the parts by students, so every part gets identical teacher indicators' },
  'ignored-column': { zh: '列“{header}”未使用，作为附加数据保留', en: 'column "{header}" is not used; kept as extra data' },
  'ignored-value:parts-of-single-level': { zh: '初中部、高中部的列只适用于九年一贯制学校、完全中学和十二年一贯制学校；{level}的这些值已忽略', en: 'junior- and senior-part columns apply only to nine-year, complete secondary and twelve-year schools; ignored for a {level}' },
  'ignored-value:nine-year-senior': { zh: '九年一贯制学校没有高中部，senior_students 已忽略', en: 'a nine-year school has no senior part; senior_students ignored' },
  'skipped-row:totals': { zh: '第 {row} 行是合计行（“{text}”），已跳过', en: 'row {row} is a totals row ("{text}") and was skipped' },
  'skipped-row:header': { zh: '第 {row} 行重复了表头，已跳过', en: 'row {row} repeats the header and was skipped' },
  'skipped-row:note': { zh: '第 {row} 行是备注（“{text}”），已跳过', en: 'row {row} is a note ("{text}") and was skipped' },
  'too-many-problems': { zh: '已发现 {count} 处问题，读取在第 {row} 行停止。请改正后重新导入', en: '{count} problems found; reading stopped at row {row}. Fix these and import again' },
};

/** School levels named in params, in words. */
const LEVELS: Record<string, { zh: string; en: string }> = {
  primary: { zh: '小学', en: 'primary school' },
  junior: { zh: '初中', en: 'junior school' },
  'nine-year': { zh: '九年一贯制学校', en: 'nine-year school' },
  'complete-secondary': { zh: '完全中学', en: 'complete secondary school' },
  'twelve-year': { zh: '十二年一贯制学校', en: 'twelve-year school' },
};

/** The template for a problem, or undefined when its code (and reason) are not in the table. */
function template(p: CodedProblem): { zh: string; en: string } | undefined {
  if (!p.code) return undefined;
  const reason = p.params?.reason;
  if (reason !== undefined) return TEMPLATES[`${p.code}:${reason}`] ?? (p.code === 'duplicate-id' ? TEMPLATES[p.code] : undefined);
  return TEMPLATES[p.code] ?? TEMPLATES[`${p.code}:text`];
}

/** The problem in `lang`, and whether it was worded from its code (else the server's English message). */
export function importProblemText(p: CodedProblem, lang: Lang): { text: string; translated: boolean } {
  const t = template(p);
  if (!t) return { text: p.message, translated: false };
  const values: Record<string, string | number | undefined> = { row: p.row, column: p.column, cell: p.cell, value: p.value, ...p.params };
  if (typeof values.level === 'string' && LEVELS[values.level]) values.level = LEVELS[values.level]![lang];
  let missing = false;
  const text = t[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    if (v === undefined) { missing = true; return whole; }
    return String(v);
  });
  // A template whose values did not all come: the server's own sentence says more than a half-filled one.
  return missing ? { text: p.message, translated: false } : { text, translated: true };
}
