package dev.wazir.check;

import dev.wazir.WazirException;
import dev.wazir.kit.TextFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * What a Maven build puts on the active surface, for `validate runtime` on a Java tree: its
 * executable entry points (main classes) and its dependencies. The Java counterpart of 1.0.0's
 * package.json rules: one entry point, not a daemon, and no server or web framework.
 */
final class PomSurface {
    /** Server and web frameworks, by group id and artifact id. */
    private static final List<BiPredicate<String, String>> SERVER_FRAMEWORKS = List.of(
            (g, a) -> g.startsWith("org.eclipse.jetty") || g.equals("org.mortbay.jetty"),
            (g, a) -> g.equals("io.netty") || g.startsWith("io.netty."),
            (g, a) -> g.equals("io.undertow") || g.startsWith("io.undertow."),
            (g, a) -> g.equals("io.javalin") || g.startsWith("io.javalin."),
            (g, a) -> g.equals("org.springframework")
                    && Set.of("spring-web", "spring-webmvc", "spring-webflux", "spring-websocket").contains(a),
            (g, a) -> g.equals("org.springframework.boot") && (a.startsWith("spring-boot-starter-web")
                    || Set.of("spring-boot-starter-tomcat", "spring-boot-starter-jetty", "spring-boot-starter-undertow",
                            "spring-boot-starter-reactor-netty").contains(a)),
            (g, a) -> g.equals("io.helidon") || g.startsWith("io.helidon."),
            (g, a) -> g.equals("io.vertx") && a.startsWith("vertx-web"),
            (g, a) -> g.equals("org.apache.tomcat.embed"),
            (g, a) -> g.startsWith("org.glassfish.grizzly"),
            (g, a) -> g.equals("io.micronaut") && a.startsWith("micronaut-http-server"),
            (g, a) -> g.equals("io.quarkus") && (a.equals("quarkus-vertx-http") || a.equals("quarkus-undertow")
                    || a.startsWith("quarkus-rest")),
            (g, a) -> g.equals("com.sparkjava"),
            (g, a) -> g.equals("io.ktor") && a.startsWith("ktor-server"));

    /** Deeper element nesting than this is refused with a clear error. */
    static final int MAX_DEPTH = 1000;

    private final Set<String> mainClasses;
    private final Set<String> dependencies;

    private PomSurface(Set<String> mainClasses, Set<String> dependencies) {
        this.mainClasses = mainClasses;
        this.dependencies = dependencies;
    }

    static PomSurface read(Path pom) {
        Document doc = parse(TextFiles.read(pom));
        Map<String, String> properties = new HashMap<>();
        for (Element props : elements(doc, "properties")) {
            for (Node n = props.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element) {
                    properties.put(n.getNodeName(), n.getTextContent().trim());
                }
            }
        }
        Set<String> mains = new LinkedHashSet<>();
        for (String name : List.of("mainClass", "Main-Class", "exec.mainClass", "start-class")) {
            for (Element e : elements(doc, name)) {
                String value = resolve(e.getTextContent().trim(), properties);
                if (!value.isEmpty() && !value.contains("${")) {
                    mains.add(value);
                }
            }
        }
        Set<String> deps = new LinkedHashSet<>();
        for (Element dependency : elements(doc, "dependency")) {
            if (insideDependencyManagement(dependency)) {
                continue;
            }
            String group = resolve(childText(dependency, "groupId"), properties);
            String artifact = resolve(childText(dependency, "artifactId"), properties);
            deps.add(group + ":" + artifact);
        }
        return new PomSurface(mains, deps);
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (mainClasses.size() > 1) {
            problems.add("pom.xml: only one executable entry point (main class) is allowed on the active surface");
        }
        if (mainClasses.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains("daemon"))) {
            problems.add("pom.xml: active entry points must not point at daemon entrypoints");
        }
        for (String coordinates : dependencies) {
            int colon = coordinates.indexOf(':');
            String group = coordinates.substring(0, colon);
            String artifact = coordinates.substring(colon + 1);
            if (SERVER_FRAMEWORKS.stream().anyMatch(p -> p.test(group, artifact))) {
                problems.add("pom.xml: forbidden runtime dependency \"" + coordinates + "\" is present on the active surface");
            }
        }
        return problems;
    }

    private static Document parse(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            // A real pom is a dozen levels deep; deeper nesting would make the tree walks below slow.
            factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_DEPTH));
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // Warnings do not make the descriptor unreadable; stay quiet.
                }

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            String message = e.getMessage() != null && e.getMessage().contains("maxElementDepth")
                    ? "pom.xml is nested too deeply (more than " + MAX_DEPTH + " levels)"
                    : "pom.xml is not well-formed XML: " + e.getMessage();
            throw new WazirException(message
                    + " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")");
        } catch (Exception e) {
            throw new WazirException("pom.xml could not be read as XML: " + e.getMessage());
        }
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagName(name);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static String childText(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && n.getNodeName().equals(name)) {
                return n.getTextContent().trim();
            }
        }
        return "";
    }

    private static boolean insideDependencyManagement(Element e) {
        for (Node n = e.getParentNode(); n != null; n = n.getParentNode()) {
            if ("dependencyManagement".equals(n.getNodeName())) {
                return true;
            }
        }
        return false;
    }

    /** Fills in `${name}` references from the pom's own properties (one level, as most poms need). */
    private static String resolve(String value, Map<String, String> properties) {
        if (!value.contains("${")) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int start = value.indexOf("${", i);
            int end = start < 0 ? -1 : value.indexOf('}', start);
            if (start < 0 || end < 0) {
                out.append(value, i, value.length());
                break;
            }
            out.append(value, i, start);
            String key = value.substring(start + 2, end);
            String replacement = properties.get(key);
            out.append(replacement != null ? replacement : value.substring(start, end + 1));
            i = end + 1;
        }
        return out.toString();
    }
}
