package org.entente.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL's {@code REGEX} and {@code REPLACE} that stop when their query is
 * cancelled. Java's regular expressions backtrack, so a pattern such as
 * {@code (.*a){12}b} can keep a core busy for hours on a short string, and
 * the engine only looks at its cancel signal between rows. Here the text is
 * handed to the matcher through a {@link CharSequence} that checks the signal
 * as the matcher reads it, so a query's timeout ends its regular expressions
 * too.
 *
 * <p>{@link #optimizer()} is an optimizer that rewrites both functions into
 * these; set in an execution's context, it covers queries and the
 * {@code WHERE} of updates alike.
 */
final class BoundedRegex {
    static final String REGEX = "urn:x-entente:function:regex";
    static final String REPLACE = "urn:x-entente:function:replace";
    /** Characters read between two looks at the cancel signal. */
    private static final int CHECK_EVERY = 4096;

    static {
        FunctionRegistry.get().put(REGEX, iri -> new Regex());
        FunctionRegistry.get().put(REPLACE, iri -> new Replace());
    }

    private BoundedRegex() {
    }

    /**
     * The rewrite of REGEX and REPLACE followed by Jena's standard optimizer;
     * first, so that constant folding, which runs before any timeout is armed,
     * never evaluates a built-in REGEX.
     */
    static RewriteFactory optimizer() {
        return context -> {
            var standard = Optimize.stdOptimizationFactory.create(context);
            return op -> standard.rewrite(rewrite(op));
        };
    }

    static Op rewrite(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    return new E_Function(REGEX, args);
                }
                if (func instanceof E_StrReplace) {
                    return new E_Function(REPLACE, args);
                }
                return super.transform(func, args);
            }
        }, op);
    }

    /** The text of a string argument; anything else is a type error, as in SPARQL. */
    private static String text(NodeValue v, String function) {
        if (!v.isString() && !v.isLangString()) {
            throw new ExprEvalException(function + ": not a string: " + v);
        }
        return v.asNode().getLiteralLexicalForm();
    }

    /** The last pattern compiled: most queries use one constant pattern over many rows. */
    private abstract static class Compiled extends FunctionBase {
        private String lastPattern;
        private String lastFlags;
        private Pattern compiled;

        Pattern pattern(String label, NodeValue pattern, NodeValue flags) {
            String p = text(pattern, label);
            String f = flags == null ? null : text(flags, label);
            if (compiled == null || !p.equals(lastPattern) || !java.util.Objects.equals(f, lastFlags)) {
                compiled = RegexEngine.makePattern(label, p, f);
                lastPattern = p;
                lastFlags = f;
            }
            return compiled;
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            return exec(args, cancelSignal(env));
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            return exec(args, (AtomicBoolean) null);
        }

        abstract NodeValue exec(List<NodeValue> args, AtomicBoolean cancel);

        /** The execution's cancel signal: its own, or else the one its context carries. */
        private static AtomicBoolean cancelSignal(FunctionEnv env) {
            AtomicBoolean signal = env instanceof ExecutionContext ec ? ec.getCancelSignal() : null;
            if (signal == null && env != null && env.getContext() != null) {
                signal = Context.getCancelSignal(env.getContext());
            }
            return signal;
        }
    }

    private static final class Regex extends Compiled {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 2 && args.size() != 3) {
                throw new org.apache.jena.query.QueryBuildException("REGEX takes two or three arguments");
            }
        }

        @Override
        NodeValue exec(List<NodeValue> args, AtomicBoolean cancel) {
            Pattern p = pattern("REGEX", args.get(1), args.size() == 3 ? args.get(2) : null);
            Matcher m = p.matcher(new Watched(text(args.get(0), "REGEX"), cancel));
            return NodeValue.booleanReturn(m.find());
        }
    }

    private static final class Replace extends Compiled {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 3 && args.size() != 4) {
                throw new org.apache.jena.query.QueryBuildException("REPLACE takes three or four arguments");
            }
        }

        @Override
        NodeValue exec(List<NodeValue> args, AtomicBoolean cancel) {
            NodeValue input = args.get(0);
            String text = text(input, "REPLACE");
            Pattern p = pattern("REPLACE", args.get(1), args.size() == 4 ? args.get(3) : null);
            String replaced = p.matcher(new Watched(text, cancel)).replaceAll(text(args.get(2), "REPLACE"));
            return input.isLangString()
                    ? NodeValue.makeLangString(replaced, input.getLang())
                    : NodeValue.makeString(replaced);
        }
    }

    /** A string read through a look at the cancel signal, and at the thread's interruption, every {@value #CHECK_EVERY} characters. */
    private static final class Watched implements CharSequence {
        private final String text;
        private final AtomicBoolean cancel;
        private int reads;

        Watched(String text, AtomicBoolean cancel) {
            this.text = text;
            this.cancel = cancel;
        }

        @Override
        public char charAt(int index) {
            if (++reads % CHECK_EVERY == 0 && ((cancel != null && cancel.get()) || Thread.currentThread().isInterrupted())) {
                throw new QueryCancelledException();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
