package org.rfcc.bench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.model.Defaults;

/**
 * The builds the pre-commit check keeps, by tree, in a real git repository: the check's own build
 * of the working tree serves the commit made of it next, with no build; a working tree that is not
 * what would be committed keeps nothing; any other commit is built by its own launcher.
 */
final class BuildCacheTest {
    @TempDir
    Path repo;

    @TempDir
    Path lib;

    @BeforeEach
    void aRepositoryWithALauncher() throws Exception {
        git("init", "-q", "-b", "main");
        // the launcher leaves a mark each time it builds
        Path launcher = Files.writeString(
                repo.resolve("rfcc-bench"), "#!/bin/sh\necho built >> \"$(dirname \"$0\")/../../../launcher-ran\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(repo.resolve(".gitignore"), Defaults.HOME + "/\nlauncher-ran\n");
        Files.writeString(repo.resolve("A.java"), "class A {}\n");
        commit("first");
        Files.writeString(lib.resolve("app.jar"), "the working tree's classes");
        Files.writeString(lib.resolve("dep-1.0.jar"), "a library");
    }

    @Test
    void theChecksBuild_servesTheCommitMadeOfIt_withoutABuild() throws Exception {
        Files.writeString(repo.resolve("A.java"), "class A { int x; }\n");
        git("add", "A.java"); // staged, as pre-commit leaves it: the working tree is what will be committed
        assertThat(BuildCache.keep(repo, lib)).isTrue();
        String head = commit("second");

        BuildCache.Build build = BuildCache.of(repo, head, Console.silent()).orElseThrow();
        assertThat(repo.resolve("launcher-ran")).doesNotExist();
        assertThat(build.commit()).isEqualTo(head);
        assertThat(build.serves()).isTrue();
        assertThat(build.dir().getFileName().toString()).isEqualTo(git("rev-parse", "HEAD^{tree}"));
        assertThat(build.dir().resolve("A.java")).hasContent("class A { int x; }");
        assertThat(build.classpath()).isEqualTo(build.dir().resolve("distribution/target/app/lib") + "/*");
        assertThat(build.dir().resolve("distribution/target/app/lib/app.jar")).hasContent("the working tree's classes");
        assertThat(build.dir().resolve("distribution/target/app/lib/dep-1.0.jar"))
                .exists();
    }

    @Test
    void anUnstagedChange_orAnUntrackedFile_keepsNothing() throws Exception {
        Files.writeString(repo.resolve("A.java"), "class A { int y; }\n");
        assertThat(BuildCache.keep(repo, lib)).isFalse();
        git("add", "A.java");
        Files.writeString(repo.resolve("B.java"), "class B {}\n");
        assertThat(BuildCache.keep(repo, lib)).isFalse();
        assertThat(repo.resolve(Defaults.HOME)).doesNotExist();
    }

    @Test
    void aCommitNotKept_isBuiltByItsLauncher_once() throws Exception {
        Files.writeString(repo.resolve("A.java"), "class A { int z; }\n");
        String head = commit("not checked");
        BuildCache.Build built = BuildCache.of(repo, head, Console.silent()).orElseThrow();
        assertThat(repo.resolve("launcher-ran")).hasContent("built");
        assertThat(built.serves()).isFalse(); // this launcher builds no application that serves rounds
        BuildCache.of(repo, head, Console.silent()).orElseThrow();
        assertThat(repo.resolve("launcher-ran")).hasContent("built");
    }

    private String commit(String message) throws Exception {
        git("add", ".");
        git("-c", "user.email=a@example.org", "-c", "user.name=A", "commit", "-q", "--no-verify", "-m", message);
        return git("rev-parse", "HEAD");
    }

    private String git(String... args) throws Exception {
        return Git.run(repo, args);
    }
}
