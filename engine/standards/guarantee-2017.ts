/**
 * Government-guarantee conditions (政府保障程度) that are judged school by school from the county data:
 * class size, school size, music and art rooms. Each is met or not; a county needs all of them as well
 * as the resource indicators.
 * Source: 教育部《县域义务教育优质均衡发展督导评估办法》教督〔2017〕6号 第六条 (政府保障程度):
 *  - 第六条第（八）项 school size: 小学、初中规模不超过 2000 人，九年一贯制、十二年一贯制学校义务教育阶段
 *    规模不超过 2500 人 (the compulsory part only);
 *  - 第六条第（九）项 class size: 小学、初中所有班级学生数分别不超过 45 人、50 人 (every class; with only pupils and
 *    classes in the data the average is judged, a lower bound of the largest class);
 *  - 第六条第（四）项 music and art rooms: 每 12 个班级配备音乐、美术专用教室 1 间以上，其中每间音乐专用教室面积
 *    不小于 96 平方米，每间美术专用教室面积不小于 90 平方米.
 */
import type { EvaluatedLevel, SchoolLevel } from '../county/types.ts';

export interface GuaranteeConditions {
  source: string;
  classSize: { limit: Record<EvaluatedLevel, number>; source: string };
  schoolSize: { limit: Record<SchoolLevel, number>; source: string };
  artsRooms: { classesPerRoom: number; musicRoomArea: number; artRoomArea: number; source: string };
}

const DOC = '教育部《县域义务教育优质均衡发展督导评估办法》教督〔2017〕6号';

export const GUARANTEE_2017: GuaranteeConditions = {
  source: `${DOC} 第六条（政府保障程度）`,
  classSize: { limit: { primary: 45, junior: 50 }, source: `${DOC} 第六条第（九）项` },
  schoolSize: {
    // persons in the compulsory part; a 完全中学's junior part is a 初中 (2000)
    limit: { primary: 2000, junior: 2000, 'complete-secondary': 2000, 'nine-year': 2500, 'twelve-year': 2500 },
    source: `${DOC} 第六条第（八）项`,
  },
  artsRooms: { classesPerRoom: 12, musicRoomArea: 96, artRoomArea: 90, source: `${DOC} 第六条第（四）项` },
};
