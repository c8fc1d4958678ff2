package dev.sleet.codegen.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.sleet.types.SqlTypes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import org.jspecify.annotations.Nullable;

/** Chooses the {@code SqlType} of a record component from its Java type and its {@code @Json}, {@code @Timestamp}
 * and {@code @Convert} annotations. */
final class TypeMapping {

    static final ClassName SQL_TYPES = ClassName.get(SqlTypes.class);
    private static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

    private record Standard(String constant, String storage, MappedType.Kind kind) {}

    private static final Map<String, Standard> STANDARD = Map.ofEntries(
            Map.entry("java.lang.String", new Standard("STRING", "TEXT", MappedType.Kind.STRING)),
            Map.entry("java.lang.Integer", new Standard("INTEGER", "INTEGER", MappedType.Kind.NUMBER)),
            Map.entry("java.lang.Long", new Standard("LONG", "INTEGER", MappedType.Kind.NUMBER)),
            Map.entry("java.lang.Short", new Standard("SHORT", "INTEGER", MappedType.Kind.NUMBER)),
            Map.entry("java.lang.Byte", new Standard("BYTE", "INTEGER", MappedType.Kind.NUMBER)),
            Map.entry("java.lang.Double", new Standard("DOUBLE", "REAL", MappedType.Kind.NUMBER)),
            Map.entry("java.lang.Float", new Standard("FLOAT", "REAL", MappedType.Kind.NUMBER)),
            Map.entry("java.lang.Boolean", new Standard("BOOLEAN", "INTEGER", MappedType.Kind.BOOLEAN)),
            Map.entry("java.math.BigDecimal", new Standard("BIG_DECIMAL", "TEXT", MappedType.Kind.OTHER)),
            Map.entry("java.util.UUID", new Standard("UUID", "TEXT", MappedType.Kind.OTHER)),
            Map.entry("java.time.Instant", new Standard("INSTANT", "TEXT", MappedType.Kind.OTHER)),
            Map.entry("java.time.LocalDateTime", new Standard("LOCAL_DATE_TIME", "TEXT", MappedType.Kind.OTHER)),
            Map.entry("java.time.LocalDate", new Standard("LOCAL_DATE", "TEXT", MappedType.Kind.OTHER)));

    private final Types types;
    private final Annotations annotations;

    TypeMapping(Types types, Annotations annotations) {
        this.types = types;
        this.annotations = annotations;
    }

    /**
     * The mapping for a component.
     *
     * @throws InvalidSchemaException with a message that says what to do, when the type cannot be stored
     */
    MappedType map(Element component, TypeMirror type) {
        TypeName valueType = TypeName.get(type).box();
        if (annotations.find(component, "dev.sleet.schema.Json").isPresent()) {
            return json(type, valueType);
        }
        Optional<AnnotationMirror> convert = annotations.find(component, "dev.sleet.schema.Convert");
        if (convert.isPresent()) {
            return converted(type, valueType, annotations.type(convert.get(), "value"));
        }
        MappedType mapped = standard(type, valueType);
        Optional<AnnotationMirror> timestamp = annotations.find(component, "dev.sleet.schema.Timestamp");
        if (timestamp.isPresent()) {
            return timestamp(mapped, valueType, annotations.enumName(timestamp.get(), "value"));
        }
        return mapped;
    }

    private MappedType standard(TypeMirror type, TypeName valueType) {
        if (type.getKind() == TypeKind.ARRAY
                && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
            return new MappedType(MappedType.Kind.OTHER, valueType, CodeBlock.of("$T.BYTES", SQL_TYPES), "BLOB");
        }
        TypeMirror boxed = type.getKind().isPrimitive()
                ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType()
                : type;
        if (boxed.getKind() == TypeKind.DECLARED) {
            TypeElement element = (TypeElement) ((DeclaredType) boxed).asElement();
            Standard standard = STANDARD.get(element.getQualifiedName().toString());
            if (standard != null) {
                return new MappedType(
                        standard.kind(),
                        valueType,
                        CodeBlock.of("$T.$L", SQL_TYPES, standard.constant()),
                        standard.storage());
            }
            if (element.getKind() == ElementKind.ENUM) {
                return new MappedType(
                        MappedType.Kind.OTHER,
                        valueType,
                        CodeBlock.of("$T.enumByName($T.class)", SQL_TYPES, ClassName.get(element)),
                        "TEXT");
            }
        }
        throw new InvalidSchemaException("Sleet cannot store a " + type + ": use a supported type (String, numbers, "
                + "boolean, byte[], BigDecimal, UUID, an enum, Instant, LocalDateTime, LocalDate), or annotate the component "
                + "with @Json (stored as JSON text) or @Convert(YourConverter.class)");
    }

    private MappedType json(TypeMirror type, TypeName valueType) {
        if (type.getKind().isPrimitive()) {
            throw new InvalidSchemaException("@Json stores objects; a " + type + " needs no @Json");
        }
        CodeBlock code = valueType instanceof ParameterizedTypeName
                ? CodeBlock.of("$T.json(new $T<$T>() {})", SQL_TYPES, TYPE_REFERENCE, valueType)
                : CodeBlock.of("$T.json($T.class)", SQL_TYPES, types.erasure(type));
        return new MappedType(MappedType.Kind.OTHER, valueType, code, "TEXT");
    }

    private MappedType timestamp(MappedType mapped, TypeName valueType, String mode) {
        String base = valueType.toString().equals("java.time.Instant")
                ? "INSTANT"
                : valueType.toString().equals("java.time.LocalDateTime") ? "LOCAL_DATE_TIME" : null;
        if (base == null) {
            throw new InvalidSchemaException("@Timestamp applies to Instant and LocalDateTime, not " + valueType);
        }
        if (mode.equals("TEXT")) {
            return mapped;
        }
        return new MappedType(
                MappedType.Kind.OTHER, valueType, CodeBlock.of("$T.$L_$L", SQL_TYPES, base, mode), "INTEGER");
    }

    private MappedType converted(TypeMirror type, TypeName valueType, TypeMirror converter) {
        TypeElement converterClass = (TypeElement) types.asElement(converter);
        List<? extends TypeMirror> arguments = converterArguments(converter);
        if (arguments == null) {
            throw new InvalidSchemaException(converter + " does not implement Converter<T, S> with concrete types");
        }
        if (!types.isSameType(types.erasure(arguments.get(0)), types.erasure(boxedOf(type)))) {
            throw new InvalidSchemaException(
                    converter + " converts " + arguments.get(0) + ", but the component is a " + type);
        }
        if (!hasPublicNoArgConstructor(converterClass)) {
            throw new InvalidSchemaException(converter + " needs a public no-argument constructor for @Convert");
        }
        MappedType stored = standard(arguments.get(1), TypeName.get(arguments.get(1)));
        return new MappedType(
                MappedType.Kind.OTHER,
                valueType,
                CodeBlock.of("$L.map(new $T())", stored.sqlType(), ClassName.get(converterClass)),
                stored.storage());
    }

    private TypeMirror boxedOf(TypeMirror type) {
        return type.getKind().isPrimitive()
                ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType()
                : type;
    }

    /** The type arguments of Converter as the class implements it, searching its supertypes. */
    private @Nullable List<? extends TypeMirror> converterArguments(TypeMirror type) {
        for (TypeMirror supertype : types.directSupertypes(type)) {
            if (supertype instanceof DeclaredType declared
                    && ((TypeElement) declared.asElement())
                            .getQualifiedName()
                            .contentEquals("dev.sleet.types.Converter")) {
                return declared.getTypeArguments().size() == 2 ? declared.getTypeArguments() : null;
            }
            List<? extends TypeMirror> found = converterArguments(supertype);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean hasPublicNoArgConstructor(TypeElement type) {
        return type.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.CONSTRUCTOR)
                .map(e -> (javax.lang.model.element.ExecutableElement) e)
                .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
    }
}
