package cn.batterycarbon.declaration.web;

import cn.batterycarbon.declaration.DeclarationService;
import cn.batterycarbon.declaration.LineData;
import cn.batterycarbon.declaration.imports.LineColumn;
import cn.batterycarbon.declaration.imports.LineValidator;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.platform.web.FieldErrorsException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.BindingResult;

/** Turns a line form into a validated line, or names the bad fields. */
final class LineRequests {

    private LineRequests() {}

    /** @throws FieldErrorsException naming every bad field */
    static LineData line(LineForm form) {
        LifeCycleStage stage = LifeCycleStage.parse(form.getStage()).orElse(null);
        List<FieldErrorsException.FieldError> errors = new ArrayList<>();
        if (stage == null) {
            errors.add(new FieldErrorsException.FieldError(
                    "stage", "declaration.upload.unknownStage", String.valueOf(form.getStage())));
            throw new FieldErrorsException(errors);
        }
        LineValidator.Result result = DeclarationService.validate(stage, form.cells());
        for (LineValidator.Problem p : result.problems()) {
            errors.add(new FieldErrorsException.FieldError(p.column().field(), p.messageKey(), p.arguments()));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        return result.line();
    }

    /** The same check for a page form: problems become field errors; null when there were any. */
    static LineData line(LineForm form, BindingResult binding) {
        try {
            return line(form);
        } catch (FieldErrorsException e) {
            for (FieldErrorsException.FieldError error : e.errors()) {
                binding.rejectValue(error.field(), error.messageKey(), error.arguments(), error.messageKey());
            }
            return null;
        }
    }

    static List<LineColumn> formColumns() {
        return LineColumnsHolder.COLUMNS;
    }

    private static final class LineColumnsHolder {
        static final List<LineColumn> COLUMNS = List.of(LineColumn.values());
    }
}
