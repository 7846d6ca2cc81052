package io.tork.adapters.out.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.model.DeviceRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GpuRequestsTest {

    @Test
    void allAsksForEveryGpu() {
        DeviceRequest request = GpuRequests.parse("all");

        assertThat(request.getCount()).isEqualTo(-1);
        assertThat(request.getCapabilities()).isEqualTo(List.of(List.of("gpu")));
    }

    @Test
    void aNumberIsACount() {
        assertThat(GpuRequests.parse("2").getCount()).isEqualTo(2);
    }

    @Test
    void readsKeyValuePairsWithADeviceList() {
        DeviceRequest request = GpuRequests.parse("\"device=0,1\",driver=nvidia,capabilities=compute,options=a=b");

        assertThat(request.getDeviceIds()).containsExactly("0", "1");
        assertThat(request.getDriver()).isEqualTo("nvidia");
        assertThat(request.getCapabilities()).isEqualTo(List.of(List.of("compute")));
        assertThat(request.getOptions()).isEqualTo(Map.of("a", "b"));
        assertThat(request.getCount()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "many", "count=x", "colour=red", "count=1,device=0"})
    void refusesWhatDockerWouldRefuse(String value) {
        assertThatThrownBy(() -> GpuRequests.parse(value)).isInstanceOf(IllegalArgumentException.class);
    }
}
