/**
 * Performance target values (绩效目标值): the small language printed in the 目标值 / 指标值 /
 * 年度指标值 / 实际完成值 columns of performance tables, read by
 * {@link io.github.cnbudget.model.target.Target#parse(CharSequence)}, and the split form 指标性质 +
 * 指标值 + 度量单位 read by {@link io.github.cnbudget.model.target.Target#ofParts(String, String, String)}.
 *
 * <h2>Grammar</h2>
 * Spaces (including the full-width space) may stand between any two parts and are dropped. Digits
 * may be half- or full-width; a number is {@code [-]digits[,ddd…][.digits]} and keeps its scale.
 * <pre>
 * target     = quantity | range | deadline | labelled | phrase
 * quantity   = ["各"] [comparator] number [unit [suffix] | "(" unit ")"] ["/" unit [suffix]] [tolerance]
 *              (a bracketed unit as Shanghai's forms print it: ≥13459.00(平方米), 90.00(度))
 * comparator = sign | word                       (a word only when a number follows)
 * suffix     = 以上 (≥) | 以下 (≤) | 以内 (≤) | 左右 (约)   (the comparator printed after the value:
 *              90%以上 is ≥90%; with a printed comparator it must say the same: ≥90%以上)
 * sign       = ≥ ≧ ⩾ &gt;= ＞＝ ≥=  |  ≤ ≦ ⩽ &lt;= ＜＝ ≤=  |  &gt; ＞  |  &lt; ＜  |  = ＝ ==  |  ≈
 * word       = 不低于 不少于 不小于 大于等于 | 不高于 不超过 不多于 不大于 小于等于 | 大于 高于 超过 多于
 *            | 小于 低于 少于 | 等于 | 达到 (≥) | 约
 * unit       = letters and unit signs (% ％ ‰ ℃ ° ² ³ · ㎡), e.g. %, 万人, 个工作日, 人次
 * tolerance  = ["（"|"("] "±" number [unit] ["）"|")"]
 * range      = number [unit] (≤|&lt;) subject (≤|&lt;) number [unit]   (subject: words, no digits)
 * deadline   = year "年" [ "底" | "末" | "年底" | "年末" | month "月" [day ("日"|"号")] ] qualifier
 *              (year: a whole number 1900–2199 with no comparator; qualifier: words such as
 *               前, 完成, 前投入使用, without digits or brackets)
 * labelled   = label ("（"|"(") (quantity | deadline) ("）"|")")     e.g. 及时（2023 年 12 月 31 日前投入使用）
 * phrase     = any other text that begins with a letter or an opening bracket or quote: 是, 否,
 *              及时, 完成, 有效提高, 合理, 满足, 优良中差, 基本满足, 有所降低, 年底前, 不适用;
 *              a split-form nature run into its value ({@code 定性优}) stays one phrase
 * </pre>
 *
 * <h2>What is rejected</h2>
 * {@link io.github.cnbudget.model.target.TargetParseException} carries the index of the first
 * character that cannot be read. OCR damage is never repaired by guessing:
 * <ul>
 *   <li>a sign not followed by a number fails at the sign: {@code <u>≥</u>100%} at 0 (the
 *       {@code <} of the markup), {@code ≥≥90%} at 0;
 *   <li>text that begins with a symbol or a non-ASCII digit fails at it: {@code ^100%}, {@code \ I90},
 *       {@code ٨١ 95}, {@code - 10076}, {@code . 000/};
 *   <li>text that begins with a non-Chinese letter and contains a digit fails at its first
 *       character, because it is a garbled comparator rather than a phrase: {@code Ш1个},
 *       {@code II 100%};
 *   <li>text after a value that is not a unit, period or tolerance fails where it starts:
 *       {@code 461, 49} at the comma, {@code 1000/} after the slash;
 *   <li>in the split form the nature is read on its own and must be exactly one comparator,
 *       {@code 定性}, {@code 定量} or blank: {@code 2}, {@code ^}, {@code Ш}, {@code //} and
 *       {@code <u>≥</u>} fail at index 0 (where {@code 2} would otherwise silently turn
 *       {@code 100 %} into {@code 2100%}).
 * </ul>
 * A phrase that begins with a Chinese character is always qualitative text, even when it holds
 * digits ({@code 根据文件要求的时间开展检查，延迟率为 0}): it is kept as printed, never read as a
 * number.
 */
@NullMarked
package io.github.cnbudget.model.target;

import org.jspecify.annotations.NullMarked;
