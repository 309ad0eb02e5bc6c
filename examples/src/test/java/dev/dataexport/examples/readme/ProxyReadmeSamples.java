package dev.dataexport.examples.readme;

import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.stigg.StiggClient;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/** The README's proxy/TLS/pool sample, verbatim, so the build compiles it (ReadmeSamplesCompiledTest). */
final class ProxyReadmeSamples {
  private ProxyReadmeSamples() {}

  static void sharedClient(SSLContext tls, X509TrustManager trustManager, String proxyPassword, String stiggKey,
      String prequelKey) {
    OkHttpClient shared = new OkHttpClient.Builder()
        .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("proxy.internal", 3128)))
        .proxyAuthenticator((route, response) -> response.request().newBuilder()
            .header("Proxy-Authorization", okhttp3.Credentials.basic("svc-export", proxyPassword)).build())
        .sslSocketFactory(tls.getSocketFactory(), trustManager)       // your custom trust
        .connectionPool(new ConnectionPool(10, 5, TimeUnit.MINUTES))
        .build();
    StiggClient stigg = StiggClient.builder().apiKey(stiggKey).okHttpClient(shared).build();
    PrequelClient prequel = PrequelClient.builder().apiKey(prequelKey).okHttpClient(shared).build();
    stigg.close();
    prequel.close();
  }
}
