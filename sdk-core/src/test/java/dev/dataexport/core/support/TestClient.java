package dev.dataexport.core.support;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.ClientBuilder;
import dev.dataexport.core.Credentials;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ResponseDecoder;
import dev.dataexport.core.spi.Transport;
import dev.dataexport.core.spi.VendorProfile;
import java.util.concurrent.CompletableFuture;

/**
 * A minimal vendor client over the core, the way a vendor module plugs in; used by the core's
 * tests.
 */
public final class TestClient implements AutoCloseable {
  public final Transport executor;

  private TestClient(Transport executor) {
    this.executor = executor;
  }

  public static Builder builder() {
    return new Builder();
  }

  public <T> ApiResponse<T> send(ApiRequest request, ResponseDecoder<T> decoder) {
    return executor.execute(request, decoder, RequestOptions.none());
  }

  public <T> ApiResponse<T> send(
      ApiRequest request, ResponseDecoder<T> decoder, RequestOptions options) {
    return executor.execute(request, decoder, options);
  }

  public <T> CompletableFuture<ApiResponse<T>> sendAsync(
      ApiRequest request, ResponseDecoder<T> decoder) {
    return executor.executeAsync(request, decoder, RequestOptions.none());
  }

  public <T> CompletableFuture<ApiResponse<T>> sendAsync(
      ApiRequest request, ResponseDecoder<T> decoder, RequestOptions options) {
    return executor.executeAsync(request, decoder, options);
  }

  @Override
  public String toString() {
    return "TestClient{" + executor.options() + "}";
  }

  @Override
  public void close() {
    executor.close();
  }

  public static final class Builder extends ClientBuilder<Builder> {
    private Credentials credentials = Credentials.apiKey("X-API-KEY", "test-key");
    private VendorProfile profile = TestVendor.profile();

    @Override
    protected Builder self() {
      return this;
    }

    public Builder credentials(Credentials credentials) {
      this.credentials = credentials;
      return this;
    }

    public Builder profile(VendorProfile profile) {
      this.profile = profile;
      return this;
    }

    public TestClient build() {
      return new TestClient(
          new Transport(buildOptions(credentials, "https://api.example.com"), profile));
    }
  }
}
