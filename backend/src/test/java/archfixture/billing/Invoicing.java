package archfixture.billing;

import archfixture.shop.domain.Orders;
import archfixture.shop.web.OrderController;

/** Wrong on purpose: uses another module's repository and controller, and no dependency is allowed. */
public class Invoicing {

    private final Orders orders;
    private final OrderController controller;

    public Invoicing(Orders orders, OrderController controller) {
        this.orders = orders;
        this.controller = controller;
    }

    public String invoice() {
        return orders.count() + controller.show();
    }
}
