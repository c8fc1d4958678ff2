package dev.sleet.codegen.processor;

import com.palantir.javapoet.ClassName;
import dev.sleet.schemamodel.ColumnModel;
import dev.sleet.schemamodel.TableModel;
import java.util.List;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * A table read from its record: the model that goes into the descriptor, and what code generation needs besides.
 *
 * @param model      the table model
 * @param record     the record
 * @param tableClass the class to generate
 * @param columns    the columns with their components
 */
record TableSpec(TableModel model, TypeElement record, ClassName tableClass, List<ColumnSpec> columns) {

    /**
     * A column read from its component.
     *
     * @param model     the column model
     * @param component the record component
     * @param type      how its value is stored
     * @param field     the generated field's name
     */
    record ColumnSpec(ColumnModel model, RecordComponentElement component, MappedType type, String field) {}
}
