package org.entente.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.input.InputException;
import org.entente.export.ExportFormat;
import org.entente.export.Exporter;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", description = "Write the store, or one article's graph, as RDF; or as one OWL file for Protégé.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Mixin
    StoreOption storeOption;

    @Option(names = {"-f", "--format"}, defaultValue = "trig",
            description = "ttl, nt, nq, trig, jsonld, rdfxml, or owl (ontology + individuals, RDF/XML). Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--article", paramLabel = "ID", description = "Export only this article's graph.")
    String article;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        ExportFormat f;
        try {
            f = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw InputException.of("--format", e.getMessage());
        }
        try (KnowledgeStore kg = KnowledgeStore.openExisting(storeOption.store)) {
            Exporter exporter = new Exporter(kg);
            if (output == null) {
                exporter.export(f, article, root.out);
                root.out.flush();
            } else {
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(output))) {
                    exporter.export(f, article, o);
                } catch (IOException e) {
                    throw InputException.of(output.toString(), "cannot write: " + e);
                }
            }
        }
        return Main.OK;
    }
}
