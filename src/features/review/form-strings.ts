// Chinese UI strings of the review's forms (reasons, comments, replies) beyond those in strings.ts.

import { FORM_LIMITS } from '@/domain/schema/form-schemas';

export const RF = {
  reasonHint: `写明原因，${FORM_LIMITS.reasonMin} 至 ${FORM_LIMITS.reasonMax} 个字；按 Ctrl+Enter 提交`,
  commentHint: `最多 ${FORM_LIMITS.comment} 个字；按 Ctrl+Enter 提交`,
} as const;
