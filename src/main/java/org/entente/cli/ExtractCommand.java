package org.entente.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.entente.pipeline.ExtractOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "extract", description = "Extract the claims of an article as claims JSON (checked like curated claims).")
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Parameters(index = "0", paramLabel = "ARTICLE.txt", description = "The article text, UTF-8.")
    Path article;

    @Option(names = "--meta", paramLabel = "ARTICLE.json", description = "Its metadata. Default: the .json beside the article.")
    Path meta;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The publication date, for an article without a metadata file.")
    LocalDate date;

    @Mixin
    DataOption dataOption;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the claims JSON here instead of to standard output; the file is replaced only once all of it is written.")
    Path output;

    @Option(names = "--trace", description = "Print, to standard error, what each stage read in each sentence: the parse, actors and events.")
    boolean trace;

    @Override
    public Integer call() {
        ExtractOperation extraction = ExtractOperation.load(dataOption.data);
        if (trace) {
            org.entente.extract.pipeline.Trace.print(extraction.trace(article, meta, date), root.err);
        }
        ExtractOperation.Result r = extraction.run(article, meta, date);
        byte[] json = r.json().getBytes(StandardCharsets.UTF_8);
        OutputTarget.write(output, root.out, out -> out.write(json));
        if (output != null) {
            root.err.printf("entente: %d events, %d relations, %d claims written to %s%n",
                    r.claims().events().size(), r.claims().relations().size(), r.claims().claims().size(), output);
        }
        return ExitCode.OK;
    }
}
