package archfixture.shop;

/** The shop module's API. */
public interface Shop {

    long openOrders();
}
