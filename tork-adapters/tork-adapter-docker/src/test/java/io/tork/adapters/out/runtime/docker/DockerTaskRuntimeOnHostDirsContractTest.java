package io.tork.adapters.out.runtime.docker;

/** The runtime contract with host directories bind-mounted as {@code /tork}. */
class DockerTaskRuntimeOnHostDirsContractTest extends DockerTaskRuntimeContractTest {
    @Override
    TorkDirMode torkDirMode() {
        return TorkDirMode.BIND;
    }
}
