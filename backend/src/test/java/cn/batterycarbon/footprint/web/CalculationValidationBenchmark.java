package cn.batterycarbon.footprint.web;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checking a stateless calculation request whose every line is invalid (no unit, no factor unit):
 * the time must grow linearly with the lines (issue 18 point 14: 50,000 invalid lines once took
 * 98 s because every line searched all errors so far). Run: backend/bench/calculation-validation.sh
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CalculationValidationBenchmark {

    @Param({"5000", "20000"})
    int lines;

    private JsonNode request;

    @Setup
    public void build() {
        StringBuilder body = new StringBuilder("{\"lines\":[");
        for (int i = 0; i < lines; i++) {
            body.append(i == 0 ? "" : ",")
                    .append("{\"stage\":\"MainProduction\",\"category\":\"MATERIAL\",\"description\":\"x\","
                            + "\"quantity\":1,\"factor\":{\"value\":1}}");
        }
        body.append("]}");
        request = JsonMapper.builder().build().readTree(body.toString());
    }

    @Benchmark
    public Object readAndCheck() {
        return CalculationRequestReader.read(request);
    }
}
