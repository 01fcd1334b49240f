package org.jindu.cli;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What jindu's commands share to build their picocli model through its programmatic API rather than
 * its annotations. Annotations cost a small run about a fifth of its CPU time: the JDK reads each
 * annotation type through a proxy class spun at run time, which no CDS archive can hold, and picocli
 * reflects over every field and method (docs/benchmarks.md, "The seed's cold start", part F).
 * picocli still parses; only the model is written out by hand, each command's next to its fields.
 */
final class Specs {

    private Specs() {}

    /** A command's model without reflection: {@code command} runs it (a {@code Callable} or {@code Runnable}). */
    static CommandSpec command(String name, Object command) {
        return CommandSpec.wrapWithoutInspection(command).name(name);
    }

    /** A subcommand's model, as {@link #command(String, Object)}, with the header and description its help shows. */
    static CommandSpec command(String name, Object command, String header, String... description) {
        CommandSpec spec = command(name, command);
        spec.usageMessage().header(header).description(description);
        return spec;
    }

    /**
     * -h and -V with the names and words of picocli's {@code mixinStandardHelpOptions}, added without its
     * annotated mixin class; after a command's own options, where the mixin put them.
     */
    static void standardHelpOptions(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.").build());
    }

    /** An option bound to a field through its getter and setter, {@code type} its type. */
    static <V> OptionSpec.Builder option(Class<V> type, Supplier<V> get, Consumer<V> set, String... names) {
        Field<V> field = new Field<>(get, set);
        return OptionSpec.builder(names).type(type).getter(field).setter(field).initialValue(get.get());
    }

    /** A repeatable option bound to a list field, {@code element} the type of its values. */
    static <E> OptionSpec.Builder listOption(Class<E> element, Supplier<List<E>> get, Consumer<List<E>> set, String... names) {
        Field<List<E>> field = new Field<>(get, set);
        return OptionSpec.builder(names).type(List.class).auxiliaryTypes(element)
                .getter(field).setter(field).initialValue(get.get());
    }

    /**
     * A positional parameter bound to a field, {@code type} its type. Unlike an annotated one, it is not
     * required by its arity alone: say {@code required(true)}.
     */
    static <V> PositionalParamSpec.Builder positional(Class<V> type, Supplier<V> get, Consumer<V> set) {
        Field<V> field = new Field<>(get, set);
        return PositionalParamSpec.builder().type(type).getter(field).setter(field).initialValue(get.get());
    }

    /** Positional parameters bound to a list field, {@code element} the type of its values. */
    static <E> PositionalParamSpec.Builder positionals(Class<E> element, Supplier<List<E>> get, Consumer<List<E>> set) {
        Field<List<E>> field = new Field<>(get, set);
        return PositionalParamSpec.builder().type(List.class).auxiliaryTypes(element)
                .getter(field).setter(field).initialValue(get.get());
    }

    /**
     * A field as picocli's getter and setter. Their methods are generic, so they cannot be lambdas;
     * picocli converts each value to the type it was given, so the casts hold.
     */
    static final class Field<V> implements IGetter, ISetter {
        private final Supplier<V> get;
        private final Consumer<V> set;

        Field(Supplier<V> get, Consumer<V> set) {
            this.get = get;
            this.set = set;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) get.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            set.accept((V) value);
            return old;
        }
    }
}
