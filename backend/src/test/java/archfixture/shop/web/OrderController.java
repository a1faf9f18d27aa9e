package archfixture.shop.web;

public class OrderController {

    public static final String PATH = "/orders/";

    public String show() {
        return "order";
    }
}
