package cn.batterycarbon.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every visible text comes from the message bundles, in both languages: a literal text in a
 * template, a key missing from one language, or a template key missing from both fails here.
 */
class MessageBundleTests {

    private static final Path TEMPLATES = Path.of("../frontend-templates/src/main/resources/templates");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)(?:\\(|})");
    /** Attributes a person reads or a screen reader announces. */
    private static final List<String> TEXT_ATTRIBUTES =
            List.of("placeholder", "title", "alt", "aria-label", "value", "data-confirm");
    /** Text that is the same in every language: language names, symbols, numbers. */
    private static final Set<String> LANGUAGE_NEUTRAL = Set.of("中文", "English");

    @Test
    void bothLanguagesHaveTheSameKeysInEveryBundle() throws IOException {
        for (String basename : I18nConfiguration.bundleBasenames()) {
            String name = basename.substring("classpath:i18n/".length());
            Properties chinese = load("i18n/" + name + ".properties");
            Properties english = load("i18n/" + name + "_en.properties");
            assertThat(english.stringPropertyNames())
                    .as("keys of %s_en.properties", name)
                    .containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
            chinese.forEach((key, value) ->
                    assertThat(value.toString()).as("%s in %s", key, name).isNotBlank());
            english.forEach((key, value) ->
                    assertThat(value.toString()).as("%s in %s_en", key, name).isNotBlank());
        }
    }

    @Test
    void templatesShowNoLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
            for (Element element : document.getAllElements()) {
                if (replacesItsContent(element)
                        || element.tagName().equals("script")
                        || element.tagName().equals("style")) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (isWords(text.text())) {
                        problems.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \""
                                + text.text().trim() + "\"");
                    }
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (element.hasAttr(attribute)
                            && isWords(element.attr(attribute))
                            && !element.tagName().equals("input")) {
                        problems.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + element.attr(attribute)
                                + "\"");
                    }
                }
            }
        }
        assertThat(problems)
                .as("literal texts in templates (use th:text=\"#{...}\")")
                .isEmpty();
    }

    @Test
    void everyKeyATemplateUsesExistsInBothLanguages() throws IOException {
        Set<String> chinese = new TreeSet<>();
        Set<String> english = new TreeSet<>();
        for (String basename : I18nConfiguration.bundleBasenames()) {
            String name = basename.substring("classpath:i18n/".length());
            chinese.addAll(load("i18n/" + name + ".properties").stringPropertyNames());
            english.addAll(load("i18n/" + name + "_en.properties").stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                String key = matcher.group(1);
                if (!chinese.contains(key) || !english.contains(key)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(missing)
                .as("message keys used in templates but missing from a bundle")
                .isEmpty();
    }

    /**
     * An element whose text Thymeleaf replaces: its literal content is only a design-time sample.
     * A page's {@code <html th:replace="~{layout :: page(..., ~{::main})}">} hands its own content to
     * the layout, so it does not count.
     */
    private static boolean replacesItsContent(Element element) {
        for (Element current = element; current != null; current = current.parent()) {
            if (current.tagName().equals("html")) {
                return false;
            }
            if (current.hasAttr("th:text")
                    || current.hasAttr("th:utext")
                    || current.hasAttr("th:replace")
                    || current.hasAttr("th:insert")
                    || current.hasAttr("th:errors")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWords(String text) {
        String trimmed = text.trim();
        return !trimmed.isEmpty()
                && !LANGUAGE_NEUTRAL.contains(trimmed)
                && trimmed.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * A key written twice in one file silently keeps the last value: a label became an error
     * message ("product.model.depthOfDischarge", "responsibility.split.share" showing "{0}"). A key
     * in two bundles is as ambiguous.
     */
    @Test
    void noKeyIsDefinedTwiceInAFileOrInTwoBundles() throws IOException {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (String basename : I18nConfiguration.bundleBasenames()) {
            String name = basename.substring("classpath:i18n/".length());
            for (String file : List.of(name + ".properties", name + "_en.properties")) {
                List<String> keys = rawKeys("i18n/" + file);
                assertThat(keys).as("keys defined more than once in %s", file).doesNotHaveDuplicates();
                if (!file.contains("_en")) {
                    for (String key : keys) {
                        String earlier = owner.putIfAbsent(key, file);
                        assertThat(earlier)
                                .as("%s is defined in %s and %s", key, earlier, file)
                                .isNull();
                    }
                }
            }
        }
    }

    /**
     * Every bean-validation constraint the code uses has its message in both languages, so users
     * never see the framework's raw texts ("不能为null", "必须小于1", "must not be null").
     */
    @Test
    void everyConstraintTheCodeUsesHasAPlatformMessage() throws IOException {
        Pattern imported = Pattern.compile("import jakarta\\.validation\\.constraints\\.([A-Za-z]+);");
        Set<String> constraints = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = imported.matcher(Files.readString(file));
                while (m.find()) {
                    constraints.add(m.group(1));
                }
            }
        }
        assertThat(constraints).isNotEmpty();
        Properties chinese = load("i18n/messages.properties");
        Properties english = load("i18n/messages_en.properties");
        for (String constraint : constraints) {
            String key = "jakarta.validation.constraints." + constraint + ".message";
            assertThat(chinese.getProperty(key)).as(key).isNotBlank();
            assertThat(english.getProperty(key)).as(key + " (en)").isNotBlank();
        }
        for (Properties bundle : List.of(chinese, english)) {
            for (String raw : List.of("不能为null", "必须小于", "must not be null", "must be less than")) {
                assertThat(bundle.values())
                        .as("raw framework text")
                        .noneMatch(v -> v.toString().contains(raw));
            }
        }
    }

    private static List<String> rawKeys(String resource) throws IOException {
        Resource file = new PathMatchingResourcePatternResolver().getResource("classpath:" + resource);
        List<String> keys = new ArrayList<>();
        try (InputStream in = file.getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                int equals = trimmed.indexOf('=');
                keys.add((equals < 0 ? trimmed : trimmed.substring(0, equals)).strip());
            }
        }
        return keys;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(String resource) throws IOException {
        Resource file = new PathMatchingResourcePatternResolver().getResource("classpath:" + resource);
        assertThat(file.exists()).as(resource + " exists").isTrue();
        Properties properties = new Properties();
        try (InputStream in = file.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
