package cn.batterycarbon.footprint.web;

import cn.batterycarbon.footprint.FootprintCalculations;
import cn.batterycarbon.footprint.FootprintCalculations.Release;
import cn.batterycarbon.footprint.FootprintCalculations.ReleaseProblem;
import cn.batterycarbon.footprint.core.CalculationInputException;
import cn.batterycarbon.footprint.core.DeclarationInput;
import cn.batterycarbon.footprint.core.ElectricityRule;
import cn.batterycarbon.footprint.core.FootprintResult;
import cn.batterycarbon.footprint.core.FunctionalUnit;
import cn.batterycarbon.footprint.core.InputProblem;
import cn.batterycarbon.footprint.core.UncertaintyAnalysis;
import cn.batterycarbon.footprint.web.CalculationRequestReader.IndexedLine;
import cn.batterycarbon.footprint.web.CalculationRequestReader.Parsed;
import cn.batterycarbon.platform.web.ApiController;
import cn.batterycarbon.platform.web.FieldErrorsException;
import cn.batterycarbon.platform.web.FieldErrorsException.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stateless footprint calculation: a whole declaration in, the footprint with every line's
 * provenance out; nothing is stored. Any signed-in user (or API token) may call it.
 */
@ApiController
@RequestMapping("/api/v1/footprint")
@Tag(name = "Footprint calculation")
@PreAuthorize("isAuthenticated()")
class FootprintCalculationApi {

    /** The most activity lines one stateless calculation takes (stored declarations have their own paging). */
    static final int MAX_LINES = 20_000;

    private static final FunctionalUnit VALIDATION_ONLY_UNIT =
            new FunctionalUnit.MeasuredCycles(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);

    private final FootprintCalculations calculations;
    private final MessageSource messages;
    private final ObjectReader reader;

    FootprintCalculationApi(FootprintCalculations calculations, MessageSource messages, JsonMapper jsonMapper) {
        this.calculations = calculations;
        this.messages = messages;
        // Decimals stay decimals (3.6 is exactly 3.6), and NaN/Infinity are read so that they can be
        // named as the offending field instead of failing the whole body.
        this.reader = jsonMapper
                .readerFor(JsonNode.class)
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .with(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS);
    }

    @PostMapping(
            path = "/calculations",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Calculate a declaration's footprint per kWh (stateless)",
            description = "Four-stage footprint of one battery pack per kWh of lifetime energy, with per-line"
                    + " provenance. Bad input answers 400 problem+json naming every offending field. See"
                    + " docs/methodology.md.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = CalculationApiSchema.Request.class))))
    CalculationResponse calculate(@RequestBody String body) {
        JsonNode root;
        try {
            root = reader.readValue(body);
        } catch (JacksonException e) {
            throw new FieldErrorsException(List.of(new FieldError("$", "footprint.error.body")));
        }
        // Bounded before any line is looked at: a declaration has hundreds of lines, not millions.
        if (root.path("lines").isArray() && root.path("lines").size() > MAX_LINES) {
            throw new FieldErrorsException(List.of(new FieldError(
                    "lines",
                    "footprint.error.tooManyLines",
                    String.valueOf(root.path("lines").size()),
                    MAX_LINES)));
        }
        Parsed request = CalculationRequestReader.read(root);
        List<FieldError> errors = new ArrayList<>(request.errors());

        Release release = release(request, errors);
        // With a bad functional unit or rule the lines are still checked, so that every offending
        // field is named at once; these stand-ins never produce a result.
        DeclarationInput input = new DeclarationInput(
                request.functionalUnit() == null ? VALIDATION_ONLY_UNIT : request.functionalUnit(),
                request.electricityRule() == null ? ElectricityRule.LOCATION_BASED : request.electricityRule(),
                request.province() == null ? null : request.province().geographyCode(),
                request.referenceYear(),
                request.electricityFactorCodes(),
                request.lines().stream().map(IndexedLine::line).toList());
        FootprintResult result;
        try {
            result = calculations.calculate(input, release.resolver());
        } catch (CalculationInputException e) {
            for (InputProblem problem : e.problems()) {
                errors.add(fieldError(problem, request.lines(), release));
            }
            throw new FieldErrorsException(sorted(errors));
        }
        if (!errors.isEmpty() || request.lines().size() < request.requestedLines()) {
            throw new FieldErrorsException(sorted(errors));
        }
        UncertaintyAnalysis.Result uncertainty =
                request.uncertaintySeed() == null ? null : UncertaintyAnalysis.run(result, request.uncertaintySeed());
        return CalculationResponse.of(
                result,
                request.province(),
                calculations.performanceClasses().classify(result.totalKgCo2ePerKwh()),
                uncertainty,
                messages,
                LocaleContextHolder.getLocale());
    }

    /** The release to use; background lines are only an error if there is none. */
    private Release release(Parsed request, List<FieldError> errors) {
        Release release = calculations.release(request.factorRelease());
        if (release.problem() == ReleaseProblem.UNKNOWN_RELEASE
                || (release.problem() == ReleaseProblem.DATABASE_UNAVAILABLE && request.factorRelease() != null)) {
            errors.add(new FieldError(
                    "factorRelease",
                    "footprint.error.release." + release.problem().name(),
                    request.factorRelease()));
        }
        return release;
    }

    /** A core problem, with the line index of the request (the core saw only the lines that read cleanly). */
    private static FieldError fieldError(InputProblem problem, List<IndexedLine> lines, Release release) {
        if (problem.lineIndex() < 0) {
            return new FieldError(problem.field(), problem.messageKey(), problem.arguments());
        }
        IndexedLine line = lines.get(problem.lineIndex());
        String path = "lines[" + line.index() + "]." + problem.field();
        if ("footprint.error.factor.unknown-code".equals(problem.messageKey()) && release.problem() != null) {
            return new FieldError(
                    path,
                    "footprint.error.factor.no-release." + release.problem().name(),
                    problem.arguments()[0]);
        }
        return new FieldError(path, problem.messageKey(), problem.arguments());
    }

    /** Request-level fields first, then lines in order, so the answer reads like the request. */
    private static List<FieldError> sorted(List<FieldError> errors) {
        List<FieldError> general = new ArrayList<>();
        List<FieldError> lines = new ArrayList<>();
        for (FieldError error : errors) {
            (error.field().startsWith("lines[") ? lines : general).add(error);
        }
        lines.sort((a, b) -> Integer.compare(lineIndex(a.field()), lineIndex(b.field())));
        general.addAll(lines);
        return general;
    }

    private static int lineIndex(String field) {
        return Integer.parseInt(field.substring("lines[".length(), field.indexOf(']')));
    }
}
