package dev.sleet.codegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sleet.codegen.processor.CompilationSupport.GOLDEN_INPUTS;
import static dev.sleet.codegen.processor.CompilationSupport.goldenSources;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * Each generated table class names its record as the originating element when the processor creates the file, so
 * that incremental builds (Gradle's incremental annotation processing, IDEs) know which source a table class comes
 * from. javac itself ignores the elements, so the test records what the processor hands the {@link Filer}.
 */
class OriginatingElementsTest {

    @Test
    void eachTableClassOriginatesFromItsRecordAlone() {
        RecordingProcessor processor = new RecordingProcessor(new SchemaProcessor());
        Compilation compilation = Compiler.javac().withProcessors(processor).compile(goldenSources(GOLDEN_INPUTS));

        assertThat(compilation).succeeded();
        Map<String, List<String>> sources = new TreeMap<>(processor.originatingElements);
        sources.keySet().removeIf(name -> name.startsWith("META-INF/"));
        assertThat(sources)
                .isEqualTo(Map.of(
                        "app.Users", List.of("app.User"),
                        "app.Apps", List.of("app.App"),
                        "app.Screens", List.of("app.Screen"),
                        "app.RateBuckets", List.of("app.RateBucket")));
    }

    @Test
    void theSchemaDescriptorOriginatesFromEveryRecord() {
        RecordingProcessor processor = new RecordingProcessor(new SchemaProcessor());
        Compilation compilation = Compiler.javac().withProcessors(processor).compile(goldenSources(GOLDEN_INPUTS));

        assertThat(compilation).succeeded();
        assertThat(processor.originatingElements)
                .containsEntry(
                        "META-INF/sleet/schema.json", List.of("app.App", "app.RateBucket", "app.Screen", "app.User"));
    }

    /** Runs a processor with a Filer that records, for each source file created, the originating elements' names. */
    private static final class RecordingProcessor extends AbstractProcessor {

        private final AbstractProcessor delegate;
        final Map<String, List<String>> originatingElements = new TreeMap<>();

        RecordingProcessor(AbstractProcessor delegate) {
            this.delegate = delegate;
        }

        @Override
        public synchronized void init(ProcessingEnvironment env) {
            super.init(env);
            Filer filer = proxy(Filer.class, env.getFiler(), (method, args) -> {
                boolean source = method.getName().equals("createSourceFile");
                if (source || method.getName().equals("createResource")) {
                    Element[] elements = (Element[]) args[source ? 1 : 3];
                    originatingElements.put(
                            args[source ? 0 : 2].toString(),
                            Arrays.stream(elements)
                                    .map(e ->
                                            ((TypeElement) e).getQualifiedName().toString())
                                    .sorted()
                                    .toList());
                }
            });
            delegate.init(proxy(ProcessingEnvironment.class, env, (method, args) -> {}, filer));
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return delegate.process(annotations, round);
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return delegate.getSupportedAnnotationTypes();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return delegate.getSupportedSourceVersion();
        }

        @Override
        public Set<String> getSupportedOptions() {
            return delegate.getSupportedOptions();
        }
    }

    private interface Observer {
        void called(Method method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, T target, Observer observer) {
        return proxy(type, target, observer, null);
    }

    /** A proxy that tells the observer of each call and forwards it; getFiler() answers {@code filer} if given. */
    private static <T> T proxy(Class<T> type, T target, Observer observer, Filer filer) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (filer != null && method.getName().equals("getFiler")) {
                return filer;
            }
            Object[] arguments = args == null ? new Object[0] : args;
            observer.called(method, arguments);
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(
                Proxy.newProxyInstance(OriginatingElementsTest.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
