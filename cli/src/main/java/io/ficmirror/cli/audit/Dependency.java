package io.ficmirror.cli.audit;

import java.util.Set;

/** A library the build resolved for running a module, and the modules that ship it. */
record Dependency(String group, String artifact, String version, Set<String> modules) {

    /** The name OSV gives a Maven package: group:artifact. */
    String packageName() {
        return group + ":" + artifact;
    }

    @Override
    public String toString() {
        return packageName() + ":" + version;
    }
}
