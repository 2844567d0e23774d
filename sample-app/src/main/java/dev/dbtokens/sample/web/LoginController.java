package dev.dbtokens.sample.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; Spring Security handles the form's {@code POST /login} and sends the browser
 * back here with {@code ?error} (wrong user name or password), {@code ?locked} (too many failed
 * sign-ins) or {@code ?logout} (signed out). Each message is shown only when its parameter is there.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		model.addAttribute("wrongPassword", parameters.containsKey("error"));
		model.addAttribute("locked", parameters.containsKey("locked"));
		model.addAttribute("signedOut", parameters.containsKey("logout"));
		return "login";
	}

}
