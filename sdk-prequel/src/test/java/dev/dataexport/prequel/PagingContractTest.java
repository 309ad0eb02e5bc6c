package dev.dataexport.prequel;

import static dev.dataexport.prequel.TestSupport.assertPrequelHeaders;
import static dev.dataexport.prequel.TestSupport.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.errors.InvalidResponseException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /destinations} page by page: the first request, following {@code next_url} exactly as
 * given (never a built cursor), empty pages, the caller's page bound, and a {@code next_url} that
 * leaves the base URL refused before any request.
 */
class PagingContractTest extends MockServerTest {

  /** A page of destinations {@code ids}, with {@code next} as {@code next_url} (or none). */
  private String page(String next, String... ids) {
    String items =
        List.of(ids).stream()
            .map(id -> "{\"id\": \"" + id + "\", \"vendor\": \"postgres\"}")
            .collect(Collectors.joining(","));
    return "{\"status\": \"success\", \"data\": {\"destinations\": ["
        + items
        + "]}, \"has_next\": "
        + (next != null)
        + (next == null ? "" : ", \"next_url\": \"" + next + "\"")
        + ", \"message\": \"ok\"}";
  }

  private void enqueuePage(String next, String... ids) {
    server.enqueue(
        new okhttp3.mockwebserver.MockResponse()
            .setHeader("Content-Type", "application/json")
            .setBody(page(next, ids)));
  }

  private String url(String pathAndQuery) {
    return server.url(pathAndQuery).toString();
  }

  @Test
  void theFirstPageSendsPageSizeAndEveryHeader() throws Exception {
    enqueuePage(null, "dst_1", "dst_2");

    Page<Destination> page =
        client.destinations().list(ListDestinationsRequest.builder().pageSize(2).build());

    assertThat(page.items()).extracting(Destination::id).containsExactly("dst_1", "dst_2");
    assertThat(page.hasNext()).isFalse();
    assertThatThrownBy(page::nextPage).isInstanceOf(NoSuchElementException.class);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo("/destinations?page_size=2");
    assertPrequelHeaders(request, false);
  }

  @Test
  void withoutAPageSizeNoQueryIsSent() throws Exception {
    enqueuePage(null);

    Page<Destination> page = client.destinations().list(ListDestinationsRequest.defaults());

    assertThat(page.items()).isEmpty();
    assertThat(server.takeRequest().getPath()).isEqualTo("/destinations");
  }

  @Test
  void theAutoPagerFollowsNextUrlAcrossPagesAndAnEmptyPage() throws Exception {
    enqueuePage(url("/destinations?page_size=2&cursor=opaque%2Babc%3D"), "dst_1", "dst_2");
    enqueuePage(url("/destinations?page_size=2&cursor=c2"));
    enqueuePage("/destinations?page_size=2&cursor=c3", "dst_3", "dst_4");
    enqueuePage(null, "dst_5");

    List<String> ids =
        client
            .destinations()
            .list(ListDestinationsRequest.builder().pageSize(2).build())
            .autoPager()
            .stream()
            .map(Destination::id)
            .toList();

    assertThat(ids).containsExactly("dst_1", "dst_2", "dst_3", "dst_4", "dst_5");
    assertThat(server.takeRequest().getPath()).isEqualTo("/destinations?page_size=2");
    assertThat(server.takeRequest().getPath())
        .isEqualTo("/destinations?page_size=2&cursor=opaque%2Babc%3D");
    RecordedRequest third = server.takeRequest();
    assertThat(third.getPath()).isEqualTo("/destinations?page_size=2&cursor=c2");
    assertPrequelHeaders(third, false);
    assertThat(server.takeRequest().getPath()).isEqualTo("/destinations?page_size=2&cursor=c3");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void pagesAreFetchedOnlyWhenIterationReachesThem() {
    enqueuePage(url("/destinations?cursor=c2"), "dst_1");
    enqueuePage(null, "dst_2");

    var iterator =
        client.destinations().list(ListDestinationsRequest.defaults()).autoPager().iterator();

    assertThat(iterator.next().id()).isEqualTo("dst_1");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(iterator.hasNext()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(iterator.next().id()).isEqualTo("dst_2");
    assertThat(iterator.hasNext()).isFalse();
  }

  @Test
  void theCallerBoundsTheTotalPages() {
    enqueuePage(url("/destinations?cursor=c2"), "dst_1");
    enqueuePage(url("/destinations?cursor=c3"), "dst_2");
    enqueuePage(null, "dst_3");

    List<String> ids =
        client
            .destinations()
            .list(ListDestinationsRequest.defaults())
            .autoPager()
            .maxPages(2)
            .stream()
            .map(Destination::id)
            .toList();

    assertThat(ids).containsExactly("dst_1", "dst_2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aNextUrlOnAnotherHostIsRefusedBeforeAnyRequest() {
    enqueuePage("https://evil.example.net/destinations?cursor=c2", "dst_1");

    Page<Destination> page = client.destinations().list(ListDestinationsRequest.defaults());

    assertThat(page.items()).hasSize(1);
    assertThat(page.hasNext()).isTrue();
    assertThatThrownBy(page::nextPage)
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("next_url was not followed")
        .hasMessageContaining("evil.example.net")
        .hasMessageNotContaining(TestSupport.API_KEY);
    assertThatThrownBy(() -> page.autoPager().stream().count())
        .isInstanceOf(InvalidResponseException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aNextUrlOnAnotherPortOrOutsideTheBasePathIsRefused() {
    enqueuePage("http://127.0.0.1:1/destinations?cursor=c2", "dst_1");
    enqueuePage(url("/admin/../../other?cursor=c2"), "dst_1");

    Page<Destination> otherPort = client.destinations().list(ListDestinationsRequest.defaults());
    assertThatThrownBy(otherPort::nextPage).isInstanceOf(InvalidResponseException.class);

    try (PrequelClient underBasePath =
        TestSupport.clientBuilder(server, new java.util.ArrayList<>())
            .baseUrl(server.url("/v1/").toString())
            .build()) {
      Page<Destination> outside =
          underBasePath.destinations().list(ListDestinationsRequest.defaults());
      assertThatThrownBy(outside::nextPage)
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("leaves the base URL's path");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void pagingMembersInsideDataAreReadToo() throws Exception {
    server.enqueue(
        envelope(
            200,
            "{\"destinations\": [null, {\"id\": \"dst_1\"}], \"has_next\": true, \"next_url\": \""
                + url("/destinations?cursor=c2")
                + "\"}"));
    enqueuePage(null, "dst_2");

    Page<Destination> first = client.destinations().list(ListDestinationsRequest.defaults());

    assertThat(first.items()).extracting(Destination::id).containsExactly("dst_1");
    assertThat(first.nextPage().items()).extracting(Destination::id).containsExactly("dst_2");
  }

  @Test
  void nextPagesKeepThePerCallOptionsAndTheRawFormCarriesTheResponse() throws Exception {
    enqueuePage(url("/destinations?cursor=c2"), "dst_1");
    enqueuePage(null, "dst_2");
    RequestOptions options = RequestOptions.builder().header("X-Trace", "t-1").build();

    ApiResponse<Page<Destination>> raw =
        client.destinations().withRawResponse().list(ListDestinationsRequest.defaults(), options);
    Page<Destination> second = raw.value().nextPageAsync().get(5, TimeUnit.SECONDS);

    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.attempts()).hasSize(1);
    assertThat(second.items()).extracting(Destination::id).containsExactly("dst_2");
    assertThat(server.takeRequest().getHeader("X-Trace")).isEqualTo("t-1");
    assertThat(server.takeRequest().getHeader("X-Trace")).isEqualTo("t-1");
  }

  @Test
  void thePageSizeIsCheckedBeforeAnyRequest() {
    assertThatThrownBy(() -> ListDestinationsRequest.builder().pageSize(101).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("page_size must be 1..100, was 101");
    assertThatThrownBy(() -> ListDestinationsRequest.builder().pageSize(0).build())
        .hasMessage("page_size must be 1..100, was 0");
    assertThat(server.getRequestCount()).isZero();
    enqueuePage(null, "dst_1");
    AutoPager<Destination> pager =
        client.destinations().list(ListDestinationsRequest.defaults()).autoPager();
    assertThatThrownBy(() -> pager.maxPages(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxPages must be >= 1, was 0");
  }
}
