/**
 * Personal data in disclosures (个人信息保护): names and telephone numbers printed beside the figures
 * (填报人, 项目负责人, 联系人, 联系电话) found in any text of a document and replaced by a marker, so that
 * what is exported or reported carries none of them. See {@link io.github.cnbudget.io.privacy.PersonalData}.
 */
@NullMarked
package io.github.cnbudget.io.privacy;

import org.jspecify.annotations.NullMarked;
