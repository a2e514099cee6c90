import type { TemplateDef } from '../template/types';
import { getNarrative, type ReportDocument } from '../report/document';
import type { Violation } from './types';
import { narrativeName } from './format';
import { otherMattersNarrative } from './structure';

// Rule `feeReported` (warning). Under the 2021 format (国办公开办函〔2021〕30号), 六、其他需要报告的
// 事项 reports the 信息处理费 charged under 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号):
// the amount, or that none was charged. Saying 「未发生收费情况」 or 「收取信息处理费 0 元」 reports it;
// saying nothing about charging does not. (信息处理费 is not table 2's 行政事业性收费.)

// 信息处理费 contains 处理费; 收费 covers 未收费 / 未发生收费 / 收费情况.
const MENTIONS_FEE = /处理费|收费/;

/** A `feeReported` violation when 六、其他需要报告的事项 says nothing about charging for disclosure. */
export function checkFeeReported(t: TemplateDef, doc: ReportDocument): Violation[] {
  const { section, narrative } = otherMattersNarrative(t);
  if (MENTIONS_FEE.test(getNarrative(doc, narrative.path))) return [];
  return [
    {
      rule: 'feeReported',
      severity: 'warning',
      fields: [narrative.path],
      section: section.key,
      message:
        `${narrativeName(t, narrative.path)}没有说明信息处理费的收取情况：请按` +
        `《政府信息公开信息处理费管理办法》写明本年收取的信息处理费金额，或写明未收费`,
    },
  ];
}
