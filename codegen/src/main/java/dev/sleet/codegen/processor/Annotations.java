package dev.sleet.codegen.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/** Reads annotation values through mirrors, which works for sources and class files alike. */
final class Annotations {

    private final Elements elements;

    Annotations(Elements elements) {
        this.elements = elements;
    }

    /** The annotation of that qualified type on the element, if present. */
    Optional<AnnotationMirror> find(Element element, String type) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (name(mirror).equals(type)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** A repeatable annotation: the ones written directly and those inside its container. */
    List<AnnotationMirror> findAll(Element element, String type, String container) {
        List<AnnotationMirror> found = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (name(mirror).equals(type)) {
                found.add(mirror);
            } else if (name(mirror).equals(container)) {
                for (Object inner : list(mirror, "value")) {
                    found.add((AnnotationMirror) inner);
                }
            }
        }
        return found;
    }

    /**
     * Where to report a mistake about an element. javac 17 gives diagnostics at a record component no position (no
     * file, no line); the component's private field has the component's position.
     */
    static Element position(Element element) {
        if (element instanceof RecordComponentElement component) {
            Element record = Objects.requireNonNull(component.getEnclosingElement(), "a record component has a record");
            for (Element member : record.getEnclosedElements()) {
                if (member.getKind() == ElementKind.FIELD
                        && member.getSimpleName().contentEquals(component.getSimpleName())) {
                    return member;
                }
            }
        }
        return element;
    }

    /** Whether the element, or its type, carries an annotation of that simple name. */
    static boolean hasSimpleName(List<? extends AnnotationMirror> mirrors, String simpleName) {
        for (AnnotationMirror mirror : mirrors) {
            if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    String string(AnnotationMirror mirror, String key) {
        return (String) value(mirror, key);
    }

    boolean bool(AnnotationMirror mirror, String key) {
        return (Boolean) value(mirror, key);
    }

    /** An enum constant's name. */
    String enumName(AnnotationMirror mirror, String key) {
        return ((Element) value(mirror, key)).getSimpleName().toString();
    }

    /**
     * A class-valued member, such as {@code @References(User.class)}.
     *
     * @throws InvalidSchemaException when the class does not resolve (javac reports the missing symbol as well)
     */
    DeclaredType type(AnnotationMirror mirror, String key) {
        Object value = value(mirror, key);
        if (value instanceof DeclaredType declared) {
            return declared;
        }
        throw new InvalidSchemaException(
                "@" + mirror.getAnnotationType().asElement().getSimpleName() + "(" + key + " = " + value
                        + ") does not name a class Sleet can resolve: check the class's name and its import");
    }

    List<String> strings(AnnotationMirror mirror, String key) {
        List<String> out = new ArrayList<>();
        for (Object v : list(mirror, key)) {
            out.add((String) v);
        }
        return out;
    }

    private List<Object> list(AnnotationMirror mirror, String key) {
        List<Object> out = new ArrayList<>();
        Object value = value(mirror, key);
        if (value instanceof List<?> values) {
            for (Object v : values) {
                out.add(((AnnotationValue) v).getValue());
            }
        } else {
            out.add(value);
        }
        return out;
    }

    private Object value(AnnotationMirror mirror, String key) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
                elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(key)) {
                return e.getValue().getValue();
            }
        }
        throw new IllegalArgumentException(name(mirror) + " has no member " + key);
    }

    private static String name(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement())
                .getQualifiedName()
                .toString();
    }
}
