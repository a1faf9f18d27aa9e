package cn.batterycarbon.declaration.web;

import cn.batterycarbon.declaration.imports.LineFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The downloadable activity-data templates, with instructions in both languages. */
@Component
class TemplateFiles {

    static final int HELP_LINES = 9;

    private final MessageSource messages;

    TemplateFiles(MessageSource messages) {
        this.messages = messages;
    }

    byte[] xlsx() {
        List<String> help = new ArrayList<>();
        for (int i = 1; i <= HELP_LINES; i++) {
            help.add(messages.getMessage("declaration.template.help." + i, null, Locale.SIMPLIFIED_CHINESE) + " / "
                    + messages.getMessage("declaration.template.help." + i, null, Locale.ENGLISH));
        }
        return LineFiles.writeXlsx(Map.of(), help);
    }

    byte[] csv() {
        return LineFiles.writeCsv(List.of());
    }
}
