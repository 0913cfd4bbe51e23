package org.onepool.grid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Writes the tidy table as cells.csv and as the Parquet folder cells.parquet/, each moved into place whole. */
final class TableFiles {
    private TableFiles() {
    }

    static void write(SparkSession spark, TidyTable table, Path folder) throws IOException {
        CellStore.atomically(folder.resolve("cells.csv"), table.csv());
        parquet(spark, table, folder.resolve("cells.parquet"));
    }

    static StructType schema(TidyTable table) {
        List<StructField> fields = new ArrayList<>();
        for (TidyTable.Column c : table.columns()) fields.add(new StructField(c.name(), type(c.type()), true, Metadata.empty()));
        return new StructType(fields.toArray(new StructField[0]));
    }

    private static DataType type(TidyTable.Type type) {
        return switch (type) {
            case TEXT -> DataTypes.StringType;
            case INTEGER -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case NUMBER -> DataTypes.DoubleType;
        };
    }

    private static void parquet(SparkSession spark, TidyTable table, Path destination) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) rows.add(RowFactory.create(row.toArray()));
        Path temporary = destination.resolveSibling("." + destination.getFileName() + ".partial");
        GridOutput.delete(temporary);
        spark.createDataFrame(rows, schema(table)).coalesce(1).write().mode(SaveMode.ErrorIfExists)
                .parquet(temporary.toUri().toString());
        Path old = destination.resolveSibling("." + destination.getFileName() + ".old");
        GridOutput.delete(old);
        if (Files.exists(destination)) Files.move(destination, old);
        Files.move(temporary, destination);
        GridOutput.delete(old);
    }
}
