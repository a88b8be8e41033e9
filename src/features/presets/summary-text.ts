import { describeRequestParts } from '../../core/presets/describe-request';
import { i18n } from '../../i18n';

/** A request's one-line summary in the UI language ("模型 gpt-4.1 · 4 个工具：… · 流式输出"). */
export function requestSummary(requestText: string): string {
  return describeRequestParts(requestText)
    .map(({ key, params }) => i18n.t(`presets:summary.${key as 'model'}`, { model: '', ...params }))
    .join(' · ');
}
