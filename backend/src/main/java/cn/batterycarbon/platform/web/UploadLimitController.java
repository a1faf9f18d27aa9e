package cn.batterycarbon.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** The error page a browser lands on after an upload was refused as too large (413). */
@Controller
class UploadLimitController {

    @GetMapping(UploadTooLarge.PAGE)
    ModelAndView uploadTooLarge() {
        return errorPage();
    }

    static ModelAndView errorPage() {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
        return page;
    }
}
