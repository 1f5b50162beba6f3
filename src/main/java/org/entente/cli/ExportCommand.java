package org.entente.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.rdf.RdfFormat;
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

    @Option(names = {"-f", "--format"}, defaultValue = "trig", paramLabel = "FORMAT", converter = ExportFormatConverter.class,
            description = "ttl, nt, nq, trig, jsonld, rdfxml, or owl (ontology + individuals, RDF/XML). Default: ${DEFAULT-VALUE}")
    RdfFormat format;

    @Option(names = "--article", paramLabel = "ID", description = "Export only this article's graph.")
    String article;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here instead of standard output; the file is replaced only once all of it is written.")
    Path output;

    @Override
    public Integer call() {
        try (KnowledgeStore kg = storeOption.openExisting()) {
            Exporter exporter = new Exporter(kg);
            OutputTarget.write(output, root.out, out -> exporter.export(format, article, out));
        }
        return ExitCode.OK;
    }

    /** The formats a file can be exported in: all but the server's HTML page. */
    static final List<RdfFormat> EXPORTED = List.of(RdfFormat.TURTLE, RdfFormat.NTRIPLES, RdfFormat.NQUADS, RdfFormat.TRIG,
            RdfFormat.JSONLD, RdfFormat.RDFXML, RdfFormat.OWL);

    /** Reads a format's short name or alias. */
    static final class ExportFormatConverter implements picocli.CommandLine.ITypeConverter<RdfFormat> {
        @Override
        public RdfFormat convert(String value) {
            RdfFormat f = RdfFormat.named(value, EXPORTED);
            if (f == null) {
                throw new picocli.CommandLine.TypeConversionException("unknown format '" + value
                        + "'; use ttl, nt, nq, trig, jsonld, rdfxml or owl");
            }
            return f;
        }
    }
}
