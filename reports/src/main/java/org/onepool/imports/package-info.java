/**
 * Reading the partners' HR extracts (CSV or XLSX staff lists, leavers lists and vacancy logs) through a
 * column and code mapping into onepool's records, refusing personal data and reporting every bad row by
 * file, line and column; proposing a mapping from a file's header and values; and assembling the
 * imported scenario and its population file. The estimates themselves live in the model
 * ({@code org.onepool.model.data}).
 */
package org.onepool.imports;
