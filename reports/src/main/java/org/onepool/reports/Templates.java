package org.onepool.reports;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The report templates (src/main/jte), compiled into this package at build time by the jte Maven plugin.
 * Content type Html: every value a template writes with ${} is escaped for where it stands, so escaping is
 * the default and not a call to remember.
 */
final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), Templates.class.getPackageName());

    private Templates() {
    }

    static String render(String template, Object model) {
        StringOutput out = new StringOutput(64 * 1024);
        ENGINE.render(template, model, out);
        return out.toString();
    }
}
