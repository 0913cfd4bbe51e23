package org.onepool.imports;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What looks like personal data: a column named for a name, a contact detail or a personal identifier,
 * and values that are email addresses or National Insurance numbers. onepool needs none of them, so an
 * extract holding any is refused with the column named: the extract should be made without it.
 */
final class PersonalData {
    private static final Pattern NAME_HEADER = Pattern.compile(
            "^(name|names|initials?)$|\\b(first|fore|sur|last|middle|full|given|maiden|preferred|known as|employee|"
                    + "staff|person|manager|line manager|worker|leaver|starter|applicant|candidate)[ _-]*names?\\b"
                    + "|\\b(forename|forenames|surname|firstname|lastname)\\b");
    private static final Pattern CONTACT_HEADER = Pattern.compile("e-?mail|\\baddress\\b|post ?code|telephone|\\bphone\\b|mobile");
    private static final Pattern ID_HEADER = Pattern.compile("national insurance|\\bni[ _-]*(no|num|number)\\b|\\bnino\\b"
            + "|\\b(employee|staff|payroll|person|personnel|assignment|emp|nhs|worker|applicant|candidate)[ _-]*"
            + "(no|num|number|id|ref|reference|code)\\b|\\bpay ?no\\b");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
    private static final Pattern NI_NUMBER = Pattern.compile(
            "[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]", Pattern.CASE_INSENSITIVE);

    private PersonalData() {
    }

    /** Why a column's name says it holds personal data, or null. */
    static String header(String column) {
        String c = column.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
        if (NAME_HEADER.matcher(c).find()) return "a column of names";
        if (CONTACT_HEADER.matcher(c).find()) return "a column of contact details";
        if (ID_HEADER.matcher(c).find()) return "a column of personal identifiers";
        return null;
    }

    /** Why a value is personal data, or null. */
    static String value(String text) {
        if (text.indexOf('@') >= 0 && EMAIL.matcher(text).find()) return "an email address";
        int n = text.length();
        // A National Insurance number starts with two letters: most cells are ruled out before any matching.
        if (n >= 9 && n <= 13 && Character.isLetter(text.charAt(0)) && Character.isLetter(text.charAt(1))
                && NI_NUMBER.matcher(text.strip()).matches()) {
            return "a National Insurance number";
        }
        return null;
    }
}
