package io.tork.adapters.out.runtime.docker;

/** The runtime contract with Docker volumes as {@code /tork}, filled and read through the daemon. */
class DockerTaskRuntimeOnVolumesContractTest extends DockerTaskRuntimeContractTest {
    @Override
    TorkDirMode torkDirMode() {
        return TorkDirMode.VOLUME;
    }
}
